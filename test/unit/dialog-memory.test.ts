import { createRequire } from 'node:module';
import { TestAdapter, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogSet, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { dialogMemorySpeedups } from '../../dialogs/dialog-memory.js';

const load = createRequire(import.meta.url);

describe('dialog memory speed-ups', () => {
  it("find botbuilder-dialogs' internals", () => {
    expect(dialogMemorySpeedups).toEqual({ sharedRegistration: true, rememberedPaths: true });
  });

  it('build the dialogs component registration once', () => {
    const { DialogsComponentRegistration } = load('botbuilder-dialogs/lib/dialogsComponentRegistration.js') as { DialogsComponentRegistration: new () => { getMemoryScopes(): unknown[] } };
    const first = new DialogsComponentRegistration();
    expect(new DialogsComponentRegistration()).toBe(first);
    expect(first.constructor.name).toBe('DialogsComponentRegistration');
    expect(first.getMemoryScopes().length).toBeGreaterThan(5);
  });

  it('read and write memory paths as before, nested and aliased ones included', async () => {
    const dialogs = new DialogSet().add(new ComponentDialog('outer').addDialog(new WaterfallDialog('steps', [async (step) => step.endDialog()])));
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', locale: 'fr-FR' });
    const dc = new DialogContext(dialogs, context, { dialogStack: [] } as DialogState);
    expect(dc.state.getValue('turn.activity.text')).toBe('hi');
    for (let i = 0; i < 2; i++) {
      dc.state.setValue('turn.answer.value', `v${i}`);
      expect(dc.state.getValue('turn.answer.value')).toBe(`v${i}`);
      expect(dc.state.getValue('turn.answer')).toEqual({ value: `v${i}` });
    }
    dc.state.setValue('turn.key', 'value');
    dc.state.setValue('turn.table', { alpha: 1, beta: 2 });
    expect(dc.state.getValue('turn.table[turn.key]')).toBeUndefined();
    dc.state.setValue('turn.key', 'beta');
    expect(dc.state.getValue('turn.table[turn.key]')).toBe(2);
    dc.state.setValue('turn.list', ['a', 'b']);
    expect(dc.state.getValue('turn.list[1]')).toBe('b');
    expect(dc.state.getValue('turn.missing', () => 'default')).toBe('default');
    expect(dc.getLocale()).toBe('fr-FR');
  });
});
