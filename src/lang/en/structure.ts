import type { StructureCues } from '../structure-cues.js';

export const structureCues: StructureCues = {
  relatedLinks: ['Read more', 'Read also', 'Also read', 'See also', 'Related', 'Related:', 'More on this', 'More on this story', 'More from', 'Recommended', 'Further reading', 'You may also like', 'You might also like', 'Most read', 'Trending'],
  credits: ['Photo', 'Photos', 'Image', 'Images', 'Picture', 'Source', 'Credit', 'Credits', 'Photograph', 'Illustration', 'Graphic', 'Video', 'Copyright'],
  buttons: ['Share this article', 'Share this', 'Share', 'Share on Facebook', 'Tweet', 'Email', 'Print', 'Copy link', 'Comments', 'Subscribe', 'Sign up', 'Newsletter', 'Advertisement', 'Sponsored', 'Back to top', 'Skip to content', 'Continue reading', 'Show more', 'Load more', 'Home', 'Menu', 'Search', 'All rights reserved', 'Cookie settings', 'Listen to this article', 'Save', 'Similar articles', 'Related articles'],
  bylineLeads: ['By', 'Written by', 'Words by', 'Reporting by', 'Author:'],
  authorNouns: ['journalist', 'reporter', 'correspondent', 'editor', 'writer', 'columnist', 'contributor', 'writes', 'covers'],
  navigationWords: ['News', 'Home', 'World', 'Politics', 'Business', 'Sport', 'Sports', 'Culture', 'Opinion', 'Science', 'Tech', 'Technology', 'Health', 'Live', 'Video', 'US', 'UK', 'Europe'],
};
