// A stand-in for an analytics tag: it only runs once analytics is allowed, then counts the
// page view locally and sets the cookies a real tag would. No request leaves this machine.
window.demoAnalytics = { pageViews: (window.demoAnalytics?.pageViews ?? 0) + 1 };
document.cookie = '_ga=GA1.1.demo.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
document.cookie = '_ga_DEMO=GS1.1.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
const status = document.getElementById('analytics-status');
if (status) status.textContent = 'Analytics is running on this page (it set _ga cookies).';
