import { randomUUID } from 'node:crypto';
import { ApiError } from '@/lib/errors';
import { db, Prisma } from '@/lib/db';
import type { QuestionSetView, QuestionView } from './types';

export interface QuestionSetInput {
  name: string;
  questions: Array<{ id?: string; text: string; expectedFacts?: string[] }>;
}

type SetRow = Prisma.QuestionSetGetPayload<object>;

function toView(row: SetRow): QuestionSetView {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), questions: row.questions as unknown as QuestionView[] };
}

/** Questions keep their ids across edits (so a later run compares question by question); new ones get one. */
function withIds(questions: QuestionSetInput['questions']): Prisma.InputJsonValue {
  return questions.map((q) => ({ id: q.id ?? randomUUID(), text: q.text, ...(q.expectedFacts?.length ? { expectedFacts: q.expectedFacts } : {}) })) as Prisma.InputJsonValue;
}

/** A session sees only its own sets; another session's set is as unknown as a missing one. */
const owned = (id: string, sessionId: string | undefined) => ({ id, sessionId: sessionId ?? null, deletedAt: null });

export async function listQuestionSets(sessionId: string | undefined): Promise<QuestionSetView[]> {
  const prisma = await db();
  const rows = await prisma.questionSet.findMany({ where: { sessionId: sessionId ?? null, deletedAt: null }, orderBy: { updatedAt: 'desc' }, take: 50 });
  return rows.map(toView);
}

export async function getQuestionSet(id: string, sessionId: string | undefined): Promise<QuestionSetView> {
  const prisma = await db();
  const row = await prisma.questionSet.findFirst({ where: owned(id, sessionId) });
  if (!row) throw new ApiError('not_found', `No question set ${id}.`);
  return toView(row);
}

export async function createQuestionSet(input: QuestionSetInput, sessionId: string | undefined): Promise<QuestionSetView> {
  const prisma = await db();
  return toView(await prisma.questionSet.create({ data: { id: randomUUID(), sessionId, name: input.name, questions: withIds(input.questions) } }));
}

export async function updateQuestionSet(id: string, input: QuestionSetInput, sessionId: string | undefined): Promise<QuestionSetView> {
  const prisma = await db();
  const { count } = await prisma.questionSet.updateMany({ where: owned(id, sessionId), data: { name: input.name, questions: withIds(input.questions) } });
  if (count === 0) throw new ApiError('not_found', `No question set ${id}.`);
  return getQuestionSet(id, sessionId);
}

/** Soft delete: its runs and results stay readable by id. */
export async function deleteQuestionSet(id: string, sessionId: string | undefined): Promise<void> {
  const prisma = await db();
  const { count } = await prisma.questionSet.updateMany({ where: owned(id, sessionId), data: { deletedAt: new Date() } });
  if (count === 0) throw new ApiError('not_found', `No question set ${id}.`);
}
