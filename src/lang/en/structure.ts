import type { StructureCues } from '../structure-cues.js';
import { calendarAbbreviations, months, weekdays } from './calendar.js';

export const structureCues: StructureCues = {
  relatedLinks: ['Read more', 'Read also', 'Also read', 'See also', 'Related', 'Related:', 'More on this', 'More on this story', 'More from', 'Recommended', 'Further reading', 'You may also like', 'You might also like', 'Most read', 'Trending'],
  credits: ['Image source', 'Image caption', 'Media caption', 'Photo caption', 'Photo', 'Photos', 'Image', 'Images', 'Picture', 'Source', 'Credit', 'Credits', 'Photograph', 'Illustration', 'Graphic', 'Video', 'Copyright'],
  buttons: ['Share this article', 'Share this', 'Share', 'Share on Facebook', 'Tweet', 'Email', 'Print', 'Copy link', 'Comments', 'Subscribe', 'Sign up', 'Newsletter', 'Advertisement', 'Sponsored', 'Back to top', 'Skip to content', 'Continue reading', 'Show more', 'Load more', 'Home', 'Menu', 'Search', 'All rights reserved', 'Cookie settings', 'Listen to this article', 'Save', 'Similar articles', 'Related articles', 'Skip to main content', 'Enlarge this image', 'Expand image', 'Feedback', 'Skip to navigation', 'Our Standards'],
  bylineLeads: ['By', 'Written by', 'Words by', 'Reporting by', 'Author:'],
  authorNouns: ['journalist', 'reporter', 'correspondent', 'editor', 'writer', 'columnist', 'contributor', 'writes', 'covers'],
  navigationWords: ['News', 'Home', 'World', 'Politics', 'Business', 'Sport', 'Sports', 'Culture', 'Opinion', 'Science', 'Tech', 'Technology', 'Health', 'Live', 'Video', 'US', 'UK', 'Europe'],
  contributorLeads: ['Reporting by', 'Additional reporting by', 'Writing by', 'Editing by', 'Compiled by', 'Research by', 'Contributing:', 'Contributors:'],
  captionTails: ['File photo', 'File picture', 'File image', 'Stock image', 'Enlarge this image', 'Expand image'],
  datelineWords: [...months, ...weekdays, ...calendarAbbreviations, 'AM', 'PM', 'am', 'pm', 'a.m', 'p.m', 'UTC', 'GMT', 'ET', 'EST', 'EDT', 'BST', 'CET', 'Updated', 'updated', 'Published', 'published', 'Posted', 'posted', 'Last', 'ago', 'on', 'at', 'min', 'mins', 'minutes', 'hours', 'hour', 'read'],
};
