<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Referrals</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Yhteystietoa ei enää ole.</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>Liidiä ei enää ole.</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Suosittelua ei enää ole.</translation>
    </message>
    <message>
        <source>{name} cannot refer themselves.</source>
        <translation>{name} ei voi suositella itseään.</translation>
    </message>
    <message>
        <source>{referrer} belongs to {referred}: a referral must come from someone else.</source>
        <translation>{referrer} kuuluu organisaatioon {referred}: suosittelun on tultava joltakulta muulta.</translation>
    </message>
    <message>
        <source>{referred} already referred {referrer} (directly or through others), so this referral would go round in a circle: {chain}.</source>
        <translation>{referred} on jo suositellut asiakasta {referrer} (suoraan tai muiden kautta), joten tämä suosittelu kulkisi kehää: {chain}.</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>Suosittelupäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address.</source>
        <translation>{email} ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number.</source>
        <translation>{phone} ei ole kelvollinen puhelinnumero.</translation>
    </message>
    <message>
        <source>Give the name of the referred person.</source>
        <translation>Anna suositellun henkilön nimi.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Referral from {name}</source>
        <translation>Suosittelu: {name}</translation>
    </message>
    <message>
        <source>Unknown thank-you status: {status}</source>
        <translation>Tuntematon kiitoksen tila: {status}</translation>
    </message>
    <message>
        <source>The date of the thanks cannot be in the future.</source>
        <translation>Kiitoksen päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date of the thanks cannot be before the referral ({date}).</source>
        <translation>Kiitoksen päivä ei voi olla ennen suosittelua ({date}).</translation>
    </message>
    <message>
        <source>Say what was given as the reward.</source>
        <translation>Kerro, mitä palkkioksi annettiin.</translation>
    </message>
    <message>
        <source>Referrer thanked</source>
        <translation>Suosittelijaa kiitetty</translation>
    </message>
    <message>
        <source>This referral has no lead any more.</source>
        <translation>Tällä suosittelulla ei ole enää liidiä.</translation>
    </message>
    <message>
        <source>Thank {referrer} for referring {referred}</source>
        <translation>Kiitä suosittelijaa {referrer} (suositteli: {referred})</translation>
    </message>
    <message>
        <source>Asked for referrals</source>
        <translation>Suosittelua pyydetty</translation>
    </message>
    <message>
        <source>Ask {name} for a referral</source>
        <translation>Pyydä suosittelua: {name}</translation>
    </message>
</context>
</TS>
