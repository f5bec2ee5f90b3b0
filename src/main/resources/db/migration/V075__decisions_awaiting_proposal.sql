-- Citizen proposals referred to a body and not yet answered, as the decisions module learns of them
-- from the proposals module's events (ProposalReferred, ProposalAnswered). Owned by decisions, so its
-- forms never have to ask proposals. An answered proposal keeps its row with answered_at set, so an
-- event delivered again later (the registry retries) cannot put it back on the list.
CREATE TABLE decisions_awaiting_proposal (
    proposal_id bigint PRIMARY KEY,
    case_number text,
    title       text,
    language    text,
    status      text,
    path        text,
    body_slug   text,
    deadline    date,
    referred_at timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz
);

CREATE INDEX decisions_awaiting_proposal_open ON decisions_awaiting_proposal (referred_at DESC) WHERE answered_at IS NULL;
