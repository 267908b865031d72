import type { AnswerSet } from '../spec';

const set: AnswerSet = {};

export default set;
