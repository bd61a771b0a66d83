// The staff dashboard's views, in page order. A new view: its own module here, its <section> in
// staff.html (with a link in #sections-nav), and one line below. See main.js for what a view offers.
import { needsView } from './needs.js';
import { callbacksView } from './callbacks.js';
import { approvalsView } from './approvals.js';
import { eventsView } from './events.js';
import { announcementsView } from './announcements.js';
import { chartsView } from './charts.js';
import { questionsView } from './questions.js';
import { procedureFeedbackView } from './procedure-feedback.js';
import { accountsView } from './accounts.js';
import { consultationsView } from './consultations.js';

export const views = [needsView, callbacksView, approvalsView, eventsView, announcementsView, chartsView, questionsView, procedureFeedbackView, consultationsView, accountsView];
