-- Schema 30: the review of a matter — checklist answers, opinions (审查意见), two-person sign-off,
-- and the office's own checklist templates.

-- Office copies of checklist templates (built-in ones ship as files in resources/checklists).
-- The template is stored whole as its export document: it is shared between offices as a file.
CREATE TABLE checklist_templates (
  id          TEXT PRIMARY KEY,
  matter_type TEXT NOT NULL,
  title       TEXT NOT NULL,
  -- An integer for office templates, x.y.z for built-in ones (shared/domain/checklist.ts TemplateVersion).
  version     TEXT NOT NULL,
  document    TEXT NOT NULL CHECK (json_valid(document)),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- One review per matter: which template (and which version of it) the reviewer worked through.
-- The template is snapshotted so later edits to it do not change a finished review.
CREATE TABLE reviews (
  matter_id         INTEGER PRIMARY KEY REFERENCES matters (id) ON DELETE CASCADE,
  template_id       TEXT NOT NULL,
  template_version  TEXT NOT NULL,
  template_snapshot TEXT NOT NULL CHECK (json_valid(template_snapshot)),
  summary           TEXT,
  state             TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted', 'returned', 'approved')),
  override_reason   TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

CREATE TABLE checklist_answers (
  matter_id  INTEGER NOT NULL REFERENCES reviews (matter_id) ON DELETE CASCADE,
  item_id    TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('pass', 'problem', 'not-applicable')),
  note       TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (matter_id, item_id)
);

CREATE TABLE opinions (
  id                INTEGER PRIMARY KEY,
  matter_id         INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  text              TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  severity          TEXT NOT NULL CHECK (severity IN ('must', 'should', 'hint')),
  basis             TEXT,
  basis_id          TEXT,
  checklist_item_id TEXT,
  -- Anchor: a character range in one block of one document, with the quoted text to re-find it.
  document_id       INTEGER REFERENCES documents (id),
  paragraph         INTEGER,
  range_start       INTEGER,
  range_end         INTEGER,
  quote             TEXT,
  -- Feedback from the submitting unit: 采纳 / 部分采纳 / 未采纳.
  adoption          TEXT CHECK (adoption IS NULL OR adoption IN ('adopted', 'partly-adopted', 'not-adopted')),
  adoption_reason   TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK ((document_id IS NULL) = (paragraph IS NULL)),
  CHECK (range_start IS NULL OR range_end >= range_start)
);
CREATE INDEX opinions_matter ON opinions (matter_id, position);

-- Two-person review: the reviewer submits, the approver approves or returns with comments.
CREATE TABLE signoffs (
  id        INTEGER PRIMARY KEY,
  matter_id INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  action    TEXT NOT NULL CHECK (action IN ('submit', 'approve', 'return')),
  actor     TEXT NOT NULL,
  comment   TEXT,
  at        TEXT NOT NULL
);
CREATE INDEX signoffs_matter ON signoffs (matter_id, id);

-- The office's own legal-basis entries and opinion phrases, in the same shape as the shipped
-- libraries (resources/legal-basis, resources/phrases); an office entry with a shipped id overrides it.
CREATE TABLE office_legal_basis (
  id         TEXT PRIMARY KEY,
  document   TEXT NOT NULL CHECK (json_valid(document)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE office_phrases (
  id         TEXT PRIMARY KEY,
  document   TEXT NOT NULL CHECK (json_valid(document)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
