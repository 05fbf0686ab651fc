/** The job summary of a step that failed (pure): which action, a headline, and the message in a fence it cannot close. */
export function failureSummary(action: string, headline: string, message: string): string {
  return `## ${action}\n\n:x: **${headline}**\n\n\`\`\`\n${message.replace(/```/g, "'''")}\n\`\`\`\n`;
}
