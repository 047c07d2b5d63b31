<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the referral: type a name and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who made the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value {text} is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral added: a new lead for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferredByDialog</name>
    <message>
        <source>Remove referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead: type its title or contact and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the referral: type a name and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referrer} referred {referred} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: {title} ({stage}, {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewarded &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanked &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you status saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
