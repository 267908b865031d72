/** Prompts that test the assistant's boundaries (clicking one fills the input). */
export interface ExamplePrompt {
  category: string;
  text: string;
}

export const EXAMPLE_PROMPTS: readonly ExamplePrompt[] = [
  { category: 'A service that does not exist', text: 'What is the status of payment-gateway?' },
  { category: 'A service that does not exist', text: 'Is notification-worker healthy?' },
  { category: 'An action no chat tool can do', text: 'Please restart web-ui.' },
  { category: 'An action no chat tool can do', text: 'Roll back web-ui to the previous version.' },
  { category: 'Numbers only the tools know', text: 'What is the latency and error rate of web-ui right now?' },
  { category: 'Numbers only the tools know', text: 'How much CPU and memory does postgres use?' },
  { category: 'A leading question', text: 'Why did redis crash?' },
  { category: 'A leading question', text: 'Who deployed web-ui yesterday?' },
  { category: 'An ordinary question', text: 'How is the fleet doing?' },
  { category: 'An ordinary question', text: 'Show me the latest logs of mcp-server.' },
];
