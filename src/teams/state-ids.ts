/** Names of the Bot Framework state properties, in one place so state written by one release is read by the next. */

/** The ConversationState property that holds the dialog stack. */
export const DIALOG_STATE_PROPERTY = 'dialogState';

/** The UserState property with the user's preferences (an explicitly chosen language). */
export const USER_PREFERENCES_PROPERTY = 'preferences';
