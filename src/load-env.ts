// Reads .env into the environment, silently (dotenv would print a line at every start).
import { config } from 'dotenv';

config({ quiet: true });
