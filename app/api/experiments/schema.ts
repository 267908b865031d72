import { z } from 'zod';
import { FACT_MAX_CHARS, FACTS_MAX, QUESTION_MAX_CHARS, QUESTIONS_MAX } from '@/lib/experiments';

const question = z.object({
  id: z.string().uuid({ error: 'a question id must be a uuid' }).optional(),
  text: z
    .string({ error: 'each question needs a text' })
    .trim()
    .min(3, { error: 'a question must be at least 3 characters' })
    .max(QUESTION_MAX_CHARS, { error: `a question must be at most ${QUESTION_MAX_CHARS} characters` }),
  expectedFacts: z
    .array(z.string().trim().min(1, { error: 'an expected fact cannot be empty' }).max(FACT_MAX_CHARS, { error: `an expected fact must be at most ${FACT_MAX_CHARS} characters` }))
    .max(FACTS_MAX, { error: `at most ${FACTS_MAX} expected facts per question` })
    .optional(),
});

export const questionSetSchema = z.object({
  name: z.string().trim().min(1, { error: 'name must not be empty' }).max(100, { error: 'name must be at most 100 characters' }),
  questions: z.array(question).max(QUESTIONS_MAX, { error: `a set holds at most ${QUESTIONS_MAX} questions` }),
});

export const idSchema = z.object({ id: z.string().uuid({ error: 'must be an id (uuid)' }) });

export const startExperimentSchema = z.object({ setId: z.string().uuid({ error: 'setId must be a question set id (uuid)' }) });

export const listRunsSchema = z.object({ setId: z.string().uuid({ error: 'setId must be a question set id (uuid)' }).optional() });
