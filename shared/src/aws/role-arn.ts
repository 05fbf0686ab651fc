/** The shape of an IAM role ARN and its account: pure, so input readers check it without loading the STS SDK (sts-role.ts). */

/** arn:aws:iam::123456789012:role/path/name (any partition). */
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

/** The account of a role ARN, or undefined when it is not one. */
export const accountOfRole = (arn: string): string | undefined => ROLE_ARN.exec(arn)?.[1];
