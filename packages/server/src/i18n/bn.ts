import type { PageMessages } from './en.js';

/** Bengali (বাংলা). */
export const bn: PageMessages = {
  'page.unsubscribe.title': 'সদস্যতা বাতিল',
  'page.unsubscribe.ask.email': '{contact}-এ মার্কেটিং ইমেল পাঠানো বন্ধ করবেন?',
  'page.unsubscribe.ask.sms': '{contact}-এ মার্কেটিং এসএমএস পাঠানো বন্ধ করবেন?',
  'page.unsubscribe.ask.post': '{contact}-এর মালিককে ডাকযোগে মার্কেটিং পাঠানো বন্ধ করবেন?',
  'page.unsubscribe.askTopic': '{contact}-এ “{topic}” পাঠানো বন্ধ করবেন?',
  'page.unsubscribe.button': 'সদস্যতা বাতিল করুন',
  'page.unsubscribed.title': 'আপনার সদস্যতা বাতিল হয়েছে',
  'page.unsubscribed.email': '{contact} আর আমাদের কাছ থেকে মার্কেটিং ইমেল পাবে না।',
  'page.unsubscribed.sms': '{contact} আর আমাদের কাছ থেকে মার্কেটিং এসএমএস পাবে না।',
  'page.unsubscribed.post': 'আমরা আর {contact}-এর মালিককে ডাকযোগে মার্কেটিং পাঠাব না।',
  'page.unsubscribed.topic': '{contact} আর “{topic}” পাবে না।',
  'page.confirm.title': 'আপনার সদস্যতা নিশ্চিত করুন',
  'page.confirm.text':
    'অনুগ্রহ করে নিশ্চিত করুন যে {contact} যে ইমেলগুলোর জন্য সাইন আপ করেছে সেগুলো পাবে।',
  'page.confirm.button': 'সদস্যতা নিশ্চিত করুন',
  'page.confirmed.title': 'ধন্যবাদ',
  'page.confirmed.text': 'আপনার সদস্যতা নিশ্চিত হয়েছে।',
  'page.nothing.title': 'নিশ্চিত করার কিছু নেই',
  'page.nothing.text': 'নিশ্চিতকরণের অপেক্ষায় কোনো সদস্যতা নেই।',
  'error.expired': 'এই লিংকটি আর বৈধ নয়।',
  'error.wrongPage': 'এই লিংকটি এই পৃষ্ঠার জন্য নয়।',
  'error.invalid': 'এই লিংকটি বৈধ নয়। সম্ভবত এটি ভুলভাবে কপি করা হয়েছে।',
  'error.requestLink':
    'অনুগ্রহ করে আমাদের সাম্প্রতিকতম বার্তার লিংকটি ব্যবহার করুন, অথবা নতুন লিংকের জন্য আমাদের সঙ্গে যোগাযোগ করুন।',
  'page.request.title': 'আপনার অনুরোধ নিশ্চিত করুন',
  'page.request.ask.access': 'অনুগ্রহ করে নিশ্চিত করুন যে আপনি আপনার ডেটার একটি কপি চেয়েছিলেন।',
  'page.request.ask.erasure': 'অনুগ্রহ করে নিশ্চিত করুন যে আপনি আপনার ডেটা মুছে ফেলার অনুরোধ করেছিলেন।',
  'page.request.button': 'আমার অনুরোধ নিশ্চিত করুন',
  'page.request.expired': 'এই লিংকের মেয়াদ শেষ হয়ে গেছে। অনুগ্রহ করে আবার অনুরোধ করুন।',
  'page.request.invalid': 'এই লিংকটি বৈধ নয়।',
  'page.request.confirmed.title': 'অনুরোধ নিশ্চিত হয়েছে',
  'page.request.already': 'এই অনুরোধটি আগেই নিশ্চিত করা হয়েছে। আমরা এক মাসের মধ্যে উত্তর দেব।',
  'page.request.done': 'আপনার অনুরোধ নিশ্চিত হয়েছে। আমরা এক মাসের মধ্যে উত্তর দেব।',
  'page.request.sent.email':
    'আপনার ইনবক্স দেখুন: অনুরোধটি নিশ্চিত করতে আমাদের পাঠানো বার্তার লিংকটি খুলুন।',
  'page.request.sent.sms': 'আপনার টেক্সট মেসেজ দেখুন: অনুরোধটি নিশ্চিত করতে আমাদের পাঠানো লিংকটি খুলুন।',
};
