// The minimum strength of an account password, as one rule used by the CLI (and any future form).
export const MIN_PASSWORD_LENGTH = 12;

export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`at least ${MIN_PASSWORD_LENGTH} characters`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3 && password.length < 20) problems.push("three of: lower case, upper case, digits, symbols (or 20+ characters)");
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) problems.push("not containing the email's name");
  if (/^(.)\1+$/.test(password) || /(password|kata ?sandi|paritrana|12345)/i.test(password)) problems.push("not a common or repeated word");
  return problems;
}
