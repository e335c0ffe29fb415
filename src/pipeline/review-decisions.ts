import type { CrmRecord } from '../domain/crm-record.ts';
import { holdsCall, type Decision, type DecisionKind, type DecisionOption, type ProposedItem } from '../domain/review.ts';
import type { z } from 'zod';
import { Finding } from '../domain/hygiene.ts';
import type { Evidence } from '../domain/insights.ts';

export interface Proposal {
  id: string;
  kind: DecisionKind;
  proposed: string | null;
  from?: string | null;
  item?: ProposedItem | null;
  options?: DecisionOption[];
  evidence?: Evidence[];
  reason: string;
  /** What was found, its optional fields defaulted (see Finding). */
  finding?: z.input<typeof Finding>;
}

/** The decisions of one crm.json, as sync reads and raises them. */
export class DecisionBook {
  private readonly record: CrmRecord;
  private readonly now: () => string;

  constructor(record: CrmRecord, now: () => string) {
    this.record = record;
    this.now = now;
  }

  get(id: string): Decision | undefined {
    return this.record.review.decisions.find((d) => d.id === id);
  }

  /**
   * Raises a decision for a person, or refreshes a pending one with what this run found. A decided
   * one (approved or rejected) is never touched: sync does not re-derive what a person decided.
   */
  raise(p: Proposal): Decision {
    const existing = this.get(p.id);
    if (existing && existing.state !== 'pending') return existing;
    const fields = {
      kind: p.kind,
      proposed: p.proposed,
      from: p.from ?? null,
      item: p.item ?? null,
      options: p.options ?? [],
      evidence: p.evidence ?? [],
      reason: p.reason,
      ...(p.finding ? { finding: Finding.parse(p.finding) } : {}),
    };
    if (existing) return Object.assign(existing, fields);
    const created: Decision = {
      id: p.id, ...fields, state: 'pending', value: null, approvedItem: null,
      decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: this.now(),
    };
    this.record.review.decisions.push(created);
    return created;
  }

  /** Records that callscribe decided by itself (STAGE_POLICY=auto): approved by `by`, with its audit entry. */
  decideBySystem(d: Decision, by: string, value: string): void {
    d.state = 'approved';
    d.value = value;
    d.decidedBy = by;
    d.decidedAt = this.now();
    this.record.review.audit.push({ at: d.decidedAt, by, action: 'approve', target: d.id, before: 'pending', after: value, note: d.reason });
  }

  /**
   * Marks an approved decision written (or found with nothing left to write), with its audit entry; `wrote` is the CRM
   * record it changed; `changed`, for a stage move, whether the write changed the deal.
   */
  markApplied(d: Decision, result: string, wrote: NonNullable<Decision['applied']>['wrote'] = null, stageWrite?: { changed: boolean; before: string | null }): void {
    const at = this.now();
    d.applied = { at, result, wrote, ...stageWrite };
    this.record.review.audit.push({ at, by: 'sync', action: 'apply', target: d.id, before: null, after: result, note: null });
  }

  /** Drops a pending decision this run no longer raises (e.g. the contact was matched after all). */
  withdraw(id: string): void {
    const d = this.get(id);
    if (d?.state === 'pending') this.record.review.decisions.splice(this.record.review.decisions.indexOf(d), 1);
  }

  all(): readonly Decision[] {
    return this.record.review.decisions;
  }

  pending(): Decision[] {
    return this.record.review.decisions.filter((d) => d.state === 'pending');
  }

  /** Pending decisions that hold the call at `needs_review` (hygiene findings do not). */
  holding(): Decision[] {
    return this.pending().filter(holdsCall);
  }
}
