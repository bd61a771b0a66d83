// libphonenumber-js, loaded on first use: a turn rarely reads a phone number, and loading it with the rest of the
// app cost about 170 ms of start-up CPU and 5 MB of heap on the shared machine.
import { createRequire } from 'node:module';

type PhoneNumbers = typeof import('libphonenumber-js');
let loaded: PhoneNumbers | undefined;

export function phoneNumbers(): PhoneNumbers {
  return (loaded ??= createRequire(import.meta.url)('libphonenumber-js') as PhoneNumbers);
}
