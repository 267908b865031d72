export { alertRulesPatchSchema as alertRulesUpdateSchema } from '@/lib/monitoring';
