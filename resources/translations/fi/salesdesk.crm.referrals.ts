<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Referrals</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referrer} belongs to {referred}: a referral must come from someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referred} already referred {referrer} (directly or through others), so this referral would go round in a circle: {chain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the referred person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown thank-you status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the thanks cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the thanks cannot be before the referral ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was given as the reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral has no lead any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank {referrer} for referring {referred}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {name} for a referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
