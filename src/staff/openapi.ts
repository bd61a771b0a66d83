// OpenAPI 3.1 description of the staff API; a test checks every route against it.
const bearer = [{ apiKey: [] }];
const error = { $ref: '#/components/responses/Error' };
const errors = { 400: error, 401: error, 403: error, 404: error, 429: error };
const dayParam = (name: string) => ({ name, in: 'query', schema: { type: 'string', format: 'date' } });
const needFilters = [
  dayParam('from'),
  dayParam('to'),
  ...['category', 'site', 'q'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
  { name: 'status', in: 'query', schema: { enum: ['new', 'in-progress', 'planned', 'done', 'declined'] } },
  { name: 'language', in: 'query', schema: { enum: ['fr', 'en', 'ar', 'es', 'pt', 'tr'] } },
  { name: 'kind', in: 'query', schema: { enum: ['need', 'idea', 'callback'] } },
  { name: 'state', in: 'query', schema: { enum: ['open', 'closed'] }, description: 'open: new, in progress or planned; closed: done or declined' },
];
const paging = [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: object = { type: 'object' }) => ({ 200: { description, ...json(schema) }, ...errors });

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Palier staff API', version: '1.0.0', description: 'Review, change and export what residents shared. Authenticate with "Authorization: Bearer <key>" (npm run accounts -- add).' },
  components: {
    securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } },
    schemas: {
      AnnouncementInput: {
        type: 'object',
        required: ['text', 'topics'],
        properties: {
          text: { type: 'object', description: 'Text per language code; the default language is required' },
          topics: { type: 'array', items: { enum: ['events', 'gardens', 'jobs', 'seniors', 'youth', 'culture', 'housing', 'works'] } },
          sites: { type: 'array', items: { type: 'string' }, description: 'Empty: every site' },
          eventId: { type: 'string', description: 'The event it announces (adds a Register button)' },
          sendAt: { type: 'string', format: 'date-time' },
        },
      },
      EventInput: {
        type: 'object',
        required: ['title', 'description', 'start', 'end', 'place', 'capacity'],
        properties: {
          title: { type: 'object', description: 'Text per language code; at least the default language' },
          description: { type: 'object' },
          start: { type: 'string', format: 'date-time' },
          end: { type: 'string', format: 'date-time' },
          place: { type: 'object', properties: { address: { type: 'string' }, site: { type: 'string' } } },
          capacity: { type: 'integer', minimum: 1 },
          maxSeatsPerRegistration: { type: 'integer', minimum: 1 },
          audience: { type: 'array', items: { type: 'string' } },
          topics: { type: 'array', items: { type: 'string' } },
          accessibility: { type: 'object' },
          childcare: { type: 'object' },
        },
      },
    },
    responses: { Error: { description: 'An error', ...json({ type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } }) } },
  },
  security: bearer,
  paths: {
    '/api/staff/needs': { get: { summary: 'Needs, ideas and call-back requests, newest first (order=oldest for a worklist)', parameters: [...needFilters, ...paging, { name: 'order', in: 'query', schema: { enum: ['newest', 'oldest'] } }], responses: ok('A page of needs') } },
    '/api/staff/needs/{id}': {
      get: { summary: 'One need', parameters: [idParam], responses: ok('The need') },
      patch: { summary: 'Change the status, with an optional note (audited)', parameters: [idParam], requestBody: json({ type: 'object', required: ['status'], properties: { status: { enum: ['new', 'in-progress', 'planned', 'done', 'declined'] }, note: { type: 'string' } } }), responses: ok('The updated need') },
    },
    '/api/staff/needs/{id}/photos/{photoId}': {
      get: {
        summary: 'A photo the resident attached to the need (JPEG, PNG, WebP or HEIC, as received)',
        parameters: [idParam, { name: 'photoId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
      },
    },
    '/api/staff/needs/{id}/publish': { post: { summary: "Show an idea to its site's residents, with translations", parameters: [idParam], requestBody: json({ type: 'object', properties: { translations: { type: 'object' } } }), responses: ok('The published idea') } },
    '/api/staff/stats': { get: { summary: 'Needs by category, site, month and status; languages used; event fill rates', parameters: [dayParam('from'), dayParam('to')], responses: ok('Statistics') } },
    '/api/staff/questions': { get: { summary: 'Questions the bot could not answer (no identity)', parameters: [dayParam('from'), dayParam('to'), ...paging], responses: ok('A page of questions') } },
    '/api/staff/feedback': { get: { summary: '"Was this clear?" answers per procedure', parameters: [dayParam('from'), dayParam('to')], responses: ok('Feedback per topic') } },
    '/api/staff/audit': { get: { summary: 'Who changed what, when', parameters: paging, responses: ok('A page of audit entries') } },
    '/api/staff/surveys': {
      get: { summary: 'Every survey, open or not', responses: ok('Surveys') },
      post: { summary: 'Create a survey from its JSON definition', requestBody: json({ type: 'object' }), responses: { 201: { description: 'Created', ...json({ type: 'object' }) }, 409: error, ...errors } },
    },
    '/api/staff/surveys/{id}': {
      get: { summary: 'A survey with the languages missing a translation', parameters: [idParam], responses: ok('The survey and missingTranslations') },
      put: { summary: 'Replace a survey (editor); invites matching residents when it is open', parameters: [idParam], requestBody: json({ type: 'object' }), responses: ok('The survey, missingTranslations and invited') },
      patch: { summary: 'Change the opening or closing date', parameters: [idParam], requestBody: json({ type: 'object', properties: { opens: { type: 'string' }, closes: { type: 'string' } } }), responses: ok('The survey') },
    },
    '/api/staff/surveys/preview': { post: { summary: 'The messages a resident would read for a survey draft, in one language', requestBody: json({ type: 'object', required: ['survey', 'language'], properties: { survey: { type: 'object' }, language: { enum: ['fr', 'en', 'ar', 'es', 'pt', 'tr'] } } }), responses: ok('Entry, questions with options, thanks') } },
    '/api/staff/surveys/{id}/duplicate': { post: { summary: 'Copy a survey under a new id, closed until its dates are set', parameters: [idParam], requestBody: json({ type: 'object', properties: { id: { type: 'string' } } }), responses: { 201: { description: 'The copy', ...json({ type: 'object' }) }, 409: error, ...errors } } },
    '/api/staff/surveys/{id}/open': { post: { summary: 'Open a survey now and invite the matching residents who agreed to consultations', parameters: [idParam], responses: ok('The survey and how many were invited') } },
    '/api/staff/surveys/{id}/invite': { post: { summary: 'Invite matching residents not invited yet (once each)', parameters: [idParam], responses: ok('How many were invited and delivery counts') } },
    '/api/staff/surveys/{id}/report': { get: { summary: 'Results per question by site, group and language; cells under 5 respondents are null (or "<5" in CSV/XLSX)', parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['json', 'csv', 'xlsx'] } }, { name: 'sep', in: 'query', schema: { enum: [',', ';'] } }], responses: ok('The report') } },
    '/api/staff/groups': { get: { summary: 'Resident groups with labels and how many invitable residents declared each (small counts hidden)', responses: ok('Groups') } },
    '/api/staff/plan': { get: { summary: 'Needs and ideas by group and site over a period, for the yearly action plan', parameters: [dayParam('from'), dayParam('to'), { name: 'format', in: 'query', schema: { enum: ['json', 'csv', 'xlsx'] } }, { name: 'sep', in: 'query', schema: { enum: [',', ';'] } }], responses: ok('Counts by group and site, top categories, counts per month') } },
    '/api/partners/surveys': { get: { summary: "Aggregated results of the surveys about the partner (no free text; cells under 5 respondents null), and the groups' names", responses: ok('Surveys about the partner') } },
    '/api/staff/surveys/{id}/close': { post: { summary: 'Close a survey now', parameters: [idParam], responses: ok('The survey') } },
    '/api/staff/surveys/{id}/file': { get: { summary: 'The survey as a JSON file (the format POST /api/staff/surveys imports)', parameters: [idParam], responses: { 200: { description: 'The survey file', content: { 'application/json': {} } }, ...errors } } },
    '/api/staff/surveys/{id}/results': { get: { summary: 'Per-question counts, means and sorted answers; counts under 5 respondents are null, answers only from 5 respondents', parameters: [idParam], responses: ok('Results') } },
    '/api/staff/needs/{id}/history': { get: { summary: "A need's whole history (received, status changes, notes, who and when) and the resident's consents about it; opening contact details is audited", parameters: [idParam], responses: ok('Need, consents and history') } },
    '/api/staff/accounts': {
      get: { summary: 'Admin key: every account (name, role, created, revoked), never a key or its hash', responses: ok('Accounts') },
      post: { summary: 'Admin key: create an account; the key is in the answer, once', requestBody: json({ type: 'object', required: ['name', 'role'], properties: { name: { type: 'string' }, role: { enum: ['admin', 'staff', 'partner'] } } }), responses: { 201: { description: 'The account and its key', ...json({ type: 'object' }) }, ...errors } },
    },
    '/api/staff/needs/{id}/erase-resident': {
      post: {
        summary: "Admin key: delete everything about the resident who sent this need (needs, registrations, answers, messages, conversations, questions, audit entries about them); staff notes elsewhere keep their words without the resident's phone, e-mail and the names given",
        parameters: [idParam],
        requestBody: json({ type: 'object', properties: { names: { type: 'array', maxItems: 10, items: { type: 'string' } } } }),
        responses: { ...ok('How much of each kind was deleted'), 404: error },
      },
    },
    '/api/staff/accounts/{id}/revoke': { post: { summary: 'Admin key: revoke an account; its key stops working at once', parameters: [idParam], responses: { ...ok('The account'), 409: error } } },
    '/api/staff/exports/{dataset}': {
      get: {
        summary: 'CSV (UTF-8 with BOM, formulas neutralised) or XLSX (real dates, text cells) export, streamed, with the list filters; headers and labels in lang',
        parameters: [
          { name: 'dataset', in: 'path', required: true, schema: { enum: ['needs', 'questions', 'survey-answers', 'registrations'] } },
          { name: 'format', in: 'query', schema: { enum: ['csv', 'xlsx'] } },
          { name: 'sep', in: 'query', schema: { enum: [',', ';'] } },
          { name: 'lang', in: 'query', schema: { enum: ['fr', 'en'] } },
          { name: 'survey', in: 'query', schema: { type: 'string' } },
          { name: 'event', in: 'query', schema: { type: 'string' }, description: 'for registrations' },
          ...needFilters,
        ],
        responses: { 200: { description: 'The file', content: { 'text/csv': {}, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...errors },
      },
    },
    '/api/staff/events': {
      get: { summary: 'Every event with registration counts', responses: ok('Events') },
      post: { summary: 'Create an event (published, or draft with "status": "draft")', requestBody: json({ $ref: '#/components/schemas/EventInput' }), responses: { 201: { description: 'Created', ...json({ type: 'object' }) }, ...errors } },
    },
    '/api/staff/events/{id}': { patch: { summary: 'Edit an event', parameters: [idParam], requestBody: json({ $ref: '#/components/schemas/EventInput' }), responses: ok('The event') } },
    '/api/staff/events/{id}/decision': { post: { summary: 'Approve or reject a partner submission', parameters: [idParam], requestBody: json({ type: 'object', required: ['decision'], properties: { decision: { enum: ['approve', 'reject'] }, reason: { type: 'string', maxLength: 1000, description: 'required to reject; shown to the partner' } } }), responses: { ...ok('The event'), 409: error } } },
    '/api/staff/events/{id}/cancel': { post: { summary: 'Cancel an event (audited): its registrations are cancelled, queued reminders dropped and registered residents told', parameters: [idParam], responses: ok('The event') } },
    '/api/staff/events/{id}/registrations': {
      get: {
        summary: 'Registrations of an event (JSON, CSV or XLSX), without resident ids',
        parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['json', 'csv', 'xlsx'] } }, { name: 'sep', in: 'query', schema: { enum: [',', ';'] } }, { name: 'lang', in: 'query', schema: { enum: ['fr', 'en'] } }],
        responses: ok('Registrations'),
      },
    },
    '/api/staff/registrations/{id}/cancel': { post: { summary: 'Cancel a registration (audited); its seats are offered to the waitlist', parameters: [idParam], responses: ok('The cancelled registration') } },
    '/api/staff/registrations/{id}': { patch: { summary: 'Mark attendance after the event', parameters: [idParam], requestBody: json({ type: 'object', required: ['attended'], properties: { attended: { type: 'boolean' } } }), responses: ok('The registration') } },
    '/api/partners/events': {
      get: { summary: "The partner's own events with registration counts (no personal data)", responses: ok('Events') },
      post: { summary: 'Submit an event for staff approval', requestBody: json({ $ref: '#/components/schemas/EventInput' }), responses: { 201: { description: 'Submitted (pending)', ...json({ type: 'object' }) }, ...errors } },
    },
    '/api/partners/events/{id}': { patch: { summary: 'Edit an own event (it goes back to approval)', parameters: [idParam], requestBody: json({ $ref: '#/components/schemas/EventInput' }), responses: ok('The event') } },
    '/api/staff/announcements': {
      get: { summary: 'Every announcement with its delivery progress (pending, sent, failed, unreachable)', responses: ok('Announcements') },
      post: { summary: 'Write an announcement: approved at once, queued for matching subscribed residents', requestBody: json({ $ref: '#/components/schemas/AnnouncementInput' }), responses: { 201: { description: 'Approved and queued', ...json({ type: 'object' }) }, ...errors } },
    },
    '/api/staff/announcements/{id}/decision': { post: { summary: 'Approve (and queue) or reject a partner announcement', parameters: [idParam], requestBody: json({ type: 'object', required: ['decision'], properties: { decision: { enum: ['approve', 'reject'] }, reason: { type: 'string', maxLength: 1000, description: 'required to reject; shown to the partner' } } }), responses: { ...ok('The announcement'), 409: error } } },
    '/api/partners/announcements': {
      get: { summary: "The partner's own announcements with their status and delivery progress", responses: ok('Announcements') },
      post: { summary: 'Submit an announcement for staff approval', requestBody: json({ $ref: '#/components/schemas/AnnouncementInput' }), responses: { 201: { description: 'Submitted (pending)', ...json({ type: 'object' }) }, ...errors } },
    },
    '/api/staff/outbox/run': {
      post: {
        summary: 'Send due proactive messages now (the worker also runs on its own every OUTBOX_INTERVAL_SECONDS); answers at once with the counts by status',
        parameters: [{ name: 'ref', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Count only the messages about this announcement, registration or need id' }],
        responses: {
          202: {
            description: 'Started; counts before this run',
            ...json({ type: 'object', properties: { started: { type: 'boolean' }, ref: { type: 'string' }, counts: { type: 'object', properties: Object.fromEntries(['pending', 'sending', 'sent', 'failed', 'unreachable'].map((s) => [s, { type: 'integer' }])) } } }),
          },
          503: error,
          ...errors,
        },
      },
    },
    '/api/openapi.json': { get: { summary: 'This description', security: [], responses: { 200: { description: 'OpenAPI document' } } } },
  },
} as const;
