/** The shape of an AWS region name (us-east-1, ap-southeast-2, us-gov-west-1): the one rule every input reader uses. */
export const AWS_REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
