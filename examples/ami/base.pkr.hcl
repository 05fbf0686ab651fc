# A hardened Amazon Linux 2023 base AMI. build-image runs `packer init`
# (Packer 1.7+ installs the amazon plugin), `packer validate` and
# `packer build`, and reads the AMI ids from the manifest written below.
packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "version" {
  type        = string
  description = "Release of this image; the workflow passes the git tag or short sha."
  default     = "dev"
}

variable "kms_key_id" {
  type        = string
  description = "KMS key for the root volume snapshot; empty uses the account's default EBS key."
  default     = ""
}

locals {
  # Unique per build so a re-run never collides with an earlier image's name;
  # the family (golden-al2023) is what distribute-image's retention keys on.
  name = "golden-al2023-${formatdate("YYYYMMDDhhmmss", timestamp())}"
}

source "amazon-ebs" "base" {
  region        = var.region
  instance_type = "t3.small"
  ssh_username  = "ec2-user"
  ami_name      = local.name

  source_ami_filter {
    filters = {
      name                = "al2023-ami-2023.*-x86_64"
      virtualization-type = "hvm"
      root-device-type    = "ebs"
    }
    owners      = ["amazon"]
    most_recent = true
  }

  # What test-image's machineImage policy checks:
  encrypt_boot  = true
  kms_key_id    = var.kms_key_id
  imds_support  = "v2.0"
  ena_support   = true
  boot_mode     = "uefi"
  tpm_support   = "v2.0"
  deprecate_at  = timeadd(timestamp(), "8760h")

  metadata_options {
    http_tokens                 = "required"
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
  }

  tags = {
    Name    = local.name
    Owner   = "platform"
    Version = var.version
  }
  snapshot_tags = {
    Name  = local.name
    Owner = "platform"
  }
}

build {
  sources = ["source.amazon-ebs.base"]

  provisioner "shell" {
    inline = [
      "sudo dnf -y update",
      "sudo dnf -y install amazon-ssm-agent",
      "sudo systemctl enable amazon-ssm-agent",
    ]
  }

  post-processor "manifest" {
    output     = "packer-manifest.json"
    strip_path = true
  }
}
