export function judgeAudit(stdout: string): {
  status: 'clean' | 'vulnerable' | 'unavailable';
  text: string;
};
