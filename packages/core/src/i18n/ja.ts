import type { Messages } from './en.js';

/** Japanese (日本語). */
export const ja: Messages = {
  'banner.title': 'Cookie を使用しています',
  'banner.text':
    '当サイトでは、サイトを動作させるために必要な Cookie を使用しています。選択はいつでも変更できます。',
  'banner.label': 'Cookie への同意',
  'actions.acceptAll': 'すべて許可',
  'actions.rejectAll': 'すべて拒否',
  'actions.manage': '設定を管理',
  'actions.save': '選択を保存',
  'actions.close': '閉じる',
  'links.privacyPolicy': 'プライバシーに関するお知らせ',
  'banner.accepted': '追加の Cookie を受け入れました。Cookie の設定はいつでも変更できます。',
  'banner.rejected': '追加の Cookie を拒否しました。Cookie の設定はいつでも変更できます。',
  'banner.hideMessage': 'このメッセージを非表示にする',
  'preferences.title': 'Cookie の設定',
  'preferences.text':
    '当サイトが使用できる Cookie を選択してください。必須の Cookie は、サイトの動作に欠かせないため常に有効です。選択内容は当サイトに適用され、いつでも変更できます。',
  'preferences.alwaysOn': '常に有効',
  'preferences.services': 'サービス',
  'preferences.cookies': 'Cookie',
  'preferences.cookieName': '名前',
  'preferences.cookieDuration': '保存期間',
  'preferences.cookiePurpose': '目的',
  'preferences.sessionCookie': 'ブラウザを閉じるまで',
  'preferences.details': '詳細',
  'preferences.detailsFor': '{service} の詳細',
  'preferences.serviceSwitch': '{service} を許可',
  'preferences.gpcNotice':
    'お使いのブラウザが Global Privacy Control（グローバル・プライバシー・コントロール）の信号を送信しているため、ここで有効にしない限り、マーケティング Cookie は無効のままです。',
  'category.necessary.title': '必須',
  'category.necessary.description':
    'Cookie の選択内容の記憶やログイン状態の維持など、サイトの動作に必要です。無効にすることはできません。',
  'category.functional.title': '機能',
  'category.functional.description':
    '言語や地域など、お客様が選んだ設定を記憶し、より快適にご利用いただけるようにします。',
  'category.analytics.title': '分析',
  'category.analytics.description':
    'どのページがよく閲覧されているかなど、訪問者によるサイトの利用状況を把握し、サイトの改善に役立てます。情報は集計された形で収集されます。',
  'category.marketing.title': 'マーケティング',
  'category.marketing.description':
    '当社および提携先が、当サイトや他のサイトでお客様に関連性の高いコンテンツや広告を表示し、その効果を測定するために使用します。',
  'trigger.label': 'Cookie 設定',
  'trigger.tooltip': 'Cookie の選択を変更',
  'embed.title': '{service} のコンテンツはブロックされています',
  'embed.text':
    'このコンテンツは {service} が提供しており、「{category}」の Cookie が設定される場合があります。許可されていないため表示していません。',
  'embed.allow': '許可して読み込む',
  'embed.settings': 'Cookie 設定',
  'embed.scope': '許可されるのは {service} のみです。',
  'embed.unknown':
    '「{category}」カテゴリの Cookie を許可するまで、このコンテンツはブロックされます。',
  'optin.title': '最新情報を受け取る',
  'optin.statement':
    '当社からのお知らせを受け取る方法を選択してください。すべてのメッセージに配信停止のリンクが含まれており、同意はいつでも撤回できます。',
  'optin.channel.email': 'ニュースや最新情報をメールで受け取る',
  'optin.channel.sms': 'SMS を受け取る',
  'optin.channel.post': '郵送での販促物は送らないでください',
  'optin.topics': 'トピック',
  'optin.emailLabel': 'メールアドレス',
  'optin.phoneLabel': '携帯電話番号',
  'optin.submit': '登録する',
  'optin.success': 'ありがとうございます。選択内容を記録しました。',
  'optin.pending': 'あと少しです。受信トレイを確認し、リンクを開いて登録を確定してください。',
  'optin.error': '申し訳ありません。問題が発生しました。もう一度お試しください。',
  'optin.invalidEmail': '正しい形式のメールアドレスを入力してください（例：name@example.com）',
  'optin.invalidPhone': '正しい形式の携帯電話番号を入力してください（例：{example}）',
  'optin.requiredEmail': 'メールを受け取るには、メールアドレスを入力してください',
  'optin.requiredPhone': 'SMS を受け取るには、携帯電話番号を入力してください',
  'optin.chooseChannel': 'ご連絡方法を 1 つ以上選択してください',
  'unsubscribe.title': '連絡に関する設定',
  'unsubscribe.text': '今後受け取りたくないものを選択してください。変更はすぐに反映されます。',
  'unsubscribe.channel.email': 'メール',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': '郵送',
  'unsubscribe.status.granted': '登録済み',
  'unsubscribe.status.denied': '配信停止済み',
  'unsubscribe.status.pending': '確認待ち',
  'unsubscribe.status.unknown': '未登録',
  'unsubscribe.topic': '「{topic}」の配信を停止',
  'unsubscribe.channelAll.email': 'すべてのメールの配信を停止',
  'unsubscribe.channelAll.sms': 'すべての SMS の配信を停止',
  'unsubscribe.channelAll.post': '郵送での販促物をすべて停止',
  'unsubscribe.everything': 'すべての配信を停止',
  'unsubscribe.done.email': '今後、当社からマーケティングメールは届きません。',
  'unsubscribe.done.sms': '今後、当社からマーケティング SMS は届きません。',
  'unsubscribe.done.post': '今後、郵送での販促物はお送りしません。',
  'unsubscribe.doneTopic': '「{topic}」の配信を停止しました。',
  'unsubscribe.undo': '元に戻す',
  'unsubscribe.undone.email': '当社のマーケティングメールが再び届くようになります。',
  'unsubscribe.undone.sms': '当社のマーケティング SMS が再び届くようになります。',
  'unsubscribe.undone.post': '郵送での販促物を再びお送りする場合があります。',
  'unsubscribe.undoneTopic': '「{topic}」の登録を元に戻しました。',
  'unsubscribe.invalidToken': 'このリンクは無効です。正しくコピーされていない可能性があります。',
  'unsubscribe.expiredToken': 'このリンクは有効期限が切れています。',
  'unsubscribe.requestLink':
    '最新のメッセージに記載されたリンクをご利用いただくか、新しいリンクについて当社までお問い合わせください。',
  'unsubscribe.loading': '設定を読み込んでいます…',
  'unsubscribe.error':
    '申し訳ありません。設定を読み込めませんでした。しばらくしてからもう一度お試しください。',
  'unsubscribe.nothing': '登録しているものはありません。',
  'unsubscribe.for': '{contact} の設定',
  'unsubscribe.status.postDefault': 'お申し出がない限りお送りします',
  'unsubscribe.doneEverything': 'すべての配信を停止しました。',
  'unsubscribe.undoneEverything': '登録を元に戻しました。',
  'unsubscribe.retry': '再試行',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'ご自身のデータ',
  'rights.text.email':
    '当社が保有するお客様の同意データの写しを請求するか、その削除を依頼できます。ご本人による依頼であることを確認するため、メールでリンクをお送りします。',
  'rights.text.phone':
    '当社が保有するお客様の同意データの写しを請求するか、その削除を依頼できます。ご本人による依頼であることを確認するため、SMS でリンクをお送りします。',
  'rights.legend': 'ご希望の内容',
  'rights.access': 'データの写しを受け取る',
  'rights.erasure': 'データを削除する',
  'rights.submit': '依頼を送信',
  'rights.sending': '送信中…',
  'rights.chooseOne': 'ご希望の内容を選んでください。',
  'rights.sent.email':
    '受信トレイをご確認ください：{email} にリンクをお送りしました。リンクを開くと依頼の手続きが始まります。',
  'rights.sent.sms':
    'SMS をご確認ください：{phone} にリンクをお送りしました。リンクを開くと依頼の手続きが始まります。',
  'rights.failed': '依頼を送信できませんでした。しばらくしてからもう一度お試しください。',
  'rights.another': '別の依頼をする',
  'banner.purposes':
    'お客様の同意をいただいた場合は、次の目的で任意の Cookie も使用させていただきます：{purposes}。',
  'banner.objection':
    '当サイトでは、サイトの利用状況をすでに測定しています（{categories}）。これは、お客様が異議を唱えない限り法律で認められています。異議を唱える場合は「{reject}」を選択してください。',
  'banner.controller':
    'このサイトでのお客様のデータの利用については、{controller} が責任を負います。',
  'preferences.cookieProvider': '提供元',
  'preferences.ownCookie': 'Cookie に関するお客様の選択を記憶します',
  'optin.softStatement':
    'お客様はすでに当社のお客様または支援者であるため、類似の製品、サービス、活動に関するお知らせをお送りすることがあります。希望されない場合はチェックを入れてください。すべてのメッセージに配信停止のリンクが含まれています。',
  'optin.softOptOut.email': 'マーケティングメールを希望しません',
  'optin.softOptOut.sms': 'マーケティング SMS を希望しません',
  'optin.chooseTopic': '少なくとも 1 つのトピックを選択してください',
};

export default ja;
