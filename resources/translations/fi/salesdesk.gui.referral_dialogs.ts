<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Lisää suosittelu</translation>
    </message>
    <message>
        <source>Choose who made the referral: type a name and pick it from the list.</source>
        <translation>Valitse suosittelija: kirjoita nimi ja valitse se listasta.</translation>
    </message>
    <message>
        <source>Say who made the referral.</source>
        <translation>Kerro, kuka suositteli.</translation>
    </message>
    <message>
        <source>The value {text} is not an amount of money.</source>
        <translation>Arvo {text} ei ole rahasumma.</translation>
    </message>
    <message>
        <source>Referral added: a new lead for {name}.</source>
        <translation>Suosittelu lisätty: uusi liidi, {name}.</translation>
    </message>
</context>
<context>
    <name>ReferredByDialog</name>
    <message>
        <source>Remove referral</source>
        <translation>Poista suosittelu</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>Liidiä ei enää ole.</translation>
    </message>
    <message>
        <source>Choose the lead: type its title or contact and pick it from the list.</source>
        <translation>Valitse liidi: kirjoita sen otsikko tai yhteystieto ja valitse se listasta.</translation>
    </message>
    <message>
        <source>Choose who made the referral: type a name and pick it from the list.</source>
        <translation>Valitse suosittelija: kirjoita nimi ja valitse se listasta.</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Suosittelu tallennettu.</translation>
    </message>
    <message>
        <source>Referral removed.</source>
        <translation>Suosittelu poistettu.</translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Suosittelua ei enää ole.</translation>
    </message>
    <message>
        <source>{referrer} referred {referred} on {date}.</source>
        <translation>{referrer} suositteli asiakasta {referred} {date}.</translation>
    </message>
    <message>
        <source>Lead: {title} ({stage}, {value}).</source>
        <translation>Liidi: {title} ({stage}, {value}).</translation>
    </message>
    <message>
        <source>Rewarded &amp;on:</source>
        <translation>Palkittu &amp;päivänä:</translation>
    </message>
    <message>
        <source>Thanked &amp;on:</source>
        <translation>Kiitetty &amp;päivänä:</translation>
    </message>
    <message>
        <source>Thank-you of {referrer}</source>
        <translation>Suosittelijan {referrer} kiitos</translation>
    </message>
    <message>
        <source>Thank-you status saved.</source>
        <translation>Kiitoksen tila tallennettu.</translation>
    </message>
</context>
</TS>
