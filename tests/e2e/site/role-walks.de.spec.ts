import { describeRoleWalks } from './role-walks.js';

describeRoleWalks('de');
