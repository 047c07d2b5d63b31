<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <source>{none} not thanked, {thanked} thanked, {rewarded} rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won referrals out of all referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lead removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewarded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not thanked (follow-up planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value of their own deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Suosittelut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who refers the most and the best, and who still needs a thank-you.</source>
        <translation type="unfinished">Kuka suosittelee eniten ja parhaiten, ja kuka odottaa vielä kiitosta.</translation>
    </message>
    <message>
        <source>Count the referrals made in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referred person and their lead in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral for a lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who referred a lead that is already in SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan thank-you follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those waiting for a thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank or reward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan thank-you follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this referral (the lead and the contacts stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a &quot;thank the referrer&quot; follow-up automatically when a referred lead is won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred whom, and what became of it. A referred customer who refers others starts a new branch. Double-click to open the lead or the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who have won a deal and have not been asked for a referral since. Ask them while they are happy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They referred someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the referral they gave (and mark them asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won referrals without a thank-you yet: {count}. Thank the referrers while it is fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you follow-ups will be planned automatically for referred leads won from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you follow-ups are no longer planned automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you follow-ups planned for the next working day: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget that {referrer} referred {referred}? The lead and both contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers marked as asked for referrals: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
