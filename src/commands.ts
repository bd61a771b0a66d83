// Global commands a resident can type at any moment, in any enabled language.
import type { Translator } from './i18n.js';
import { foldText } from './text.js';

export const COMMANDS = ['help', 'menu', 'cancel', 'language', 'human', 'greeting', 'stop'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * Recognises a whole message that is a command ("aide", "menu", "لغة", "dil", "bonjour").
 * Every language's words work whatever the resident's language, so "language" always helps a
 * resident stuck in the wrong one. Only whole messages count: "je veux annuler mon inscription"
 * is not the command "annuler".
 */
export class CommandMatcher {
  private readonly phrases = new Map<string, Command>();

  constructor(translator: Translator) {
    for (const lng of translator.languages) {
      for (const command of COMMANDS) {
        for (const phrase of translator.list(lng, `common:commands.${command}`)) {
          const folded = foldText(phrase);
          if (folded && !this.phrases.has(folded)) this.phrases.set(folded, command);
        }
      }
    }
  }

  match(text: string | undefined): Command | undefined {
    return text ? this.phrases.get(foldText(text)) : undefined;
  }
}
