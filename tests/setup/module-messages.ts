/**
 * Imported by tests of module code that translates without starting the platform: the translator
 * then reads core's and every module's messages, as startPlatform() makes it do.
 */
import { useMessageFolders } from '../../src/core/i18n/translator.js';
import { MESSAGE_FOLDERS } from '../../src/platform.js';

useMessageFolders(MESSAGE_FOLDERS);
