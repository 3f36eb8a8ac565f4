//! Danish messages.

use crate::code::Code;

pub(super) const fn template(code: Code) -> &'static str {
    match code {
        Code::InputNotAString => {
            "Domænet skal angives som tekst (en streng); denne værdi er af typen {type}. Angiv navnet som en streng."
        }
        Code::InputInvalidUtf8 => {
            "Inputtet er ikke gyldig UTF-8-tekst (ugyldig byte på position {position}). Gem eller send det som UTF-8."
        }
        Code::InputEmpty => "Indtast et domænenavn.",
        Code::InputTooLong => {
            "Inputtet har {actual} byte, flere end noget domænenavn kan have ({max}). Indtast ét kortere navn."
        }
        Code::OptionInvalid => "Indstillingen {option} har værdien »{value}«, som ikke kendes. Brug en af: {choices}.",
        Code::NameWhitespaceTrimmed => "Mellemrummene omkring navnet er fjernet; det kontrolleres som »{name}«.",
        Code::NameTrailingDotRemoved => "Det sidste punktum er fjernet; navnet kontrolleres som »{name}«.",
        Code::NameMapped => {
            "»{name}« skrives »{mapped}« i DNS (små bogstaver, normal bredde); det er den form, der bruges."
        }
        Code::NameMappedCompat => {
            "»{label}« indeholder tegn, der erstattes ved registreringen: det ville blive registreret som »{mapped}«. Kontrollér, at det er det ønskede navn, eller skriv det sådan."
        }
        Code::NameEmptyLabel => {
            "Navnet »{name}« har en tom del (to punktummer i træk eller et punktum i starten). Fjern det overskydende punktum."
        }
        Code::NameLabelTooLong => {
            "Delen »{label}« er {length} tegn lang i sin registrerede form (ASCII); højst {max} er tilladt. Forkort den."
        }
        Code::NameLabelTooShort => {
            "Navnet skal have mindst {min} tegn før .{tld} (»{label}« har {actual}). Vælg et længere navn."
        }
        Code::NameTooLong => {
            "Hele navnet er {length} tegn langt i sin registrerede form (ASCII); højst {max} er tilladt. Brug færre eller kortere dele."
        }
        Code::NameLeadingHyphen => {
            "Delen »{label}« starter med en bindestreg. En bindestreg må kun stå mellem bogstaver eller cifre; fjern den i starten."
        }
        Code::NameTrailingHyphen => {
            "Delen »{label}« slutter med en bindestreg. En bindestreg må kun stå mellem bogstaver eller cifre; fjern den i slutningen."
        }
        Code::NameHyphens34 => {
            "Delen »{label}« har bindestreger på tredje og fjerde plads, som er forbeholdt kodede internationale navne (xn--). Flyt eller fjern en bindestreg."
        }
        Code::NameInvalidCharacter => {
            "Delen »{label}« indeholder »{char}« ({codepoint}) på position {position}. Kun bogstaver, cifre og bindestreger er tilladt; fjern eller erstat tegnet."
        }
        Code::NameSpace => {
            "Delen »{words}« indeholder et mellemrum på position {position}. Domænenavne kan ikke indeholde mellemrum; fjern det, eller forbind ordene med en bindestreg."
        }
        Code::NameWebAddress => "»{input}« er en webadresse (URL), ikke et domænenavn. Indtast kun navnet: »{host}«.",
        Code::NameIpAddress => {
            "»{input}« er en IP-adresse, ikke et domænenavn. Indtast i stedet domænets navn, fx example.com."
        }
        Code::NameUnderscore => {
            "Delen »{label}« indeholder en understregning på position {position}. Understregninger er kun tilladt i navne på DNS-poster som _dmarc, ikke i domæne- eller værtsnavne; brug en bindestreg."
        }
        Code::NameDisallowedCharacter => {
            "Delen »{label}« indeholder »{char}« ({codepoint}) på position {position}, som ikke er tilladt i domænenavne. Fjern eller erstat tegnet."
        }
        Code::NameLeadingCombiningMark => {
            "Delen »{label}« starter med det kombinerende tegn {codepoint}, som skal følge et bogstav. Fjern det, eller sæt bogstavet først."
        }
        Code::NameJoinerContext => {
            "Delen »{label}« indeholder det usynlige bindetegn {codepoint}, hvor det ikke er tilladt. Fjern det."
        }
        Code::NameBidi => {
            "Delen »{label}« blander tekst fra højre mod venstre og fra venstre mod højre på en måde, domænenavne ikke tillader. Skriv den i én retning, eller kontrollér rækkefølgen af bogstaver og cifre."
        }
        Code::NameIdnaInvalid => {
            "Delen »{label}« kan ikke konverteres til et internationaliseret domænenavn. Skriv den igen uden symboler og usynlige tegn."
        }
        Code::NamePunycodeInvalid => {
            "Delen »{label}« starter med xn--, men er ikke et gyldigt kodet internationalt navn. Skriv i stedet navnet med dets normale bogstaver."
        }
        Code::NamePunycodeNotCanonical => {
            "Den kodede del »{label}« står for »{decoded}«, som ikke er skrevet, som registrene forventer; den korrekte form er »{expected}« (»{expectedUnicode}«). Brug den."
        }
        Code::NameNumericTld => {
            "Endelsen ».{tld}« består kun af cifre; det gør ingen endelse. Kontrollér endelsen efter det sidste punktum."
        }
        Code::NameIdna2008Disallowed => {
            "Delen »{label}« indeholder »{char}« ({codepoint}) på position {position}. Registrene følger IDNA2008, som tillader bogstaver, cifre og accenter, men ikke symboler, emojier eller tegnsætning. Fjern eller erstat tegnet."
        }
        Code::NameContextMiddleDot => {
            "Delen »{label}« indeholder et midterpunktum »·« (U+00B7) på position {position}; det er kun tilladt mellem to l, som i catalansk »l·l«. Fjern det."
        }
        Code::NameContextKeraia => {
            "Delen »{label}« indeholder det græske taltegn »͵« (U+0375) på position {position}; det skal efterfølges af et græsk bogstav. Fjern det, eller tilføj bogstavet."
        }
        Code::NameContextHebrewPunctuation => {
            "Delen »{label}« indeholder det hebraiske tegn »{char}« ({codepoint}) på position {position}; det skal følge et hebraisk bogstav. Fjern det, eller tilføj bogstavet."
        }
        Code::NameContextKatakanaMiddleDot => {
            "Delen »{label}« indeholder katakana-midterpunktummet »・« (U+30FB), men ingen japanske eller kinesiske tegn, som det kræver. Fjern det."
        }
        Code::NameContextArabicDigits => {
            "Delen »{label}« blander arabisk-indiske cifre med udvidede (persiske) arabisk-indiske cifre; »{char}« ({codepoint}) på position {position} hører til den anden række. Brug kun cifre fra én række."
        }
        Code::NameMixedScript => {
            "Delen »{label}« blander bogstaver fra forskellige skriftsystemer ({scripts}). Registrene afviser sådanne navne, fordi de kan efterligne andre navne; skriv den i ét skriftsystem."
        }
        Code::NameLookalike => {
            "Delen »{label}« er skrevet med bogstaver fra skriftsystemet {script}, men ligner det latinske »{lookalike}«. Kontrollér, at det er det ønskede navn: besøgende kan forveksle dem."
        }
        Code::NameDeviation => {
            "»{name}« indeholder ß, ς eller et usynligt bindetegn. Ældre software (IDNA2003) gør det til »{alternative}« ({alternativeAscii}) i stedet for {ascii}, og under .{tld} er det to forskellige navne. Sørg for, at begge fører til dig: registrér eller opsæt også det andet."
        }
        Code::ZoneUnknownTld => "Endelsen ».{tld}« findes ikke. Kontrollér stavningen efter det sidste punktum.",
        Code::ZoneSpecialUse => {
            "Navne, der ender på ».{tld}«, er forbeholdt særlige formål og kan ikke registreres hos noget register. Vælg en offentlig endelse."
        }
        Code::ZoneRegistryZone => {
            "»{zone}« er en endelse, som et register administrerer; sæt dit navn foran (for eksempel ditnavn.{zone})."
        }
        Code::ZoneSubdomain => {
            "Hos registret for .{zone} kan kun »{registrable}« registreres; »{name}« er et underdomæne af det. Registrér »{registrable}«, og opret underdomænet i dets DNS."
        }
        Code::ZoneScriptNotAllowed => {
            "Registret for .{tld} accepterer ikke bogstaver fra skriftsystemet {script}, og »{label}« er skrevet med dem. Skriv navnet med bogstaver, registret accepterer."
        }
        Code::ZoneCharacterNotAllowed => {
            "Registret for .{tld} accepterer ikke »{char}« ({codepoint}) på position {position} i »{label}«; tegnet er ikke på listen over tilladte tegn. Erstat det med et tilladt bogstav."
        }
        Code::ZoneIdnTableUnknown => {
            "»{label}« er kontrolleret efter IDNA2008 og for ét skriftsystem; registret for .{tld} kan tillade færre tegn. Se registrets tegntabel, før du bestiller."
        }
        Code::OrderInvalid => {
            "Bestillingen kunne ikke læses: {detail}. Send et objekt med bestillingsformatets nøgler."
        }
        Code::OrderActionInvalid => "Handlingen »{value}« kendes ikke. Brug en af: {choices}.",
        Code::OrderContactTypeInvalid => "Kontakttypen »{value}« kendes ikke. Brug individual eller organization.",
        Code::OrderCountryInvalid => {
            "»{value}« er ikke en landekode. Brug ISO-koden på to bogstaver, f.eks. DE, DK eller IT."
        }
        Code::OrderEmailInvalid => "»{value}« er ikke en gyldig e-mailadresse. Kontrollér den for tastefejl.",
        Code::OrderFieldRequired => "»{fieldLabel}« er påkrævet for denne bestilling. Udfyld feltet.",
        Code::OrderFieldOptionInvalid => "»{value}« er ikke et valg for »{fieldLabel}«. Brug en af: {choices}.",
        Code::OrderFieldFormatInvalid => {
            "»{value}« er ikke en gyldig værdi for »{fieldLabel}« ({reason}). Sammenlign med det dokument, den stammer fra."
        }
        Code::OrderFieldNormalized => "»{fieldLabel}« sendes som »{sent}« (indtastet som »{value}«).",
        Code::OrderFieldOmitted => {
            "»{fieldLabel}« sendes ikke med denne bestilling, da registret ikke accepterer det her."
        }
        Code::OrderFieldUnknown => "Feltet »{field}« kendes ikke for .{tld}; det sendes videre ukontrolleret.",
        Code::OrderContactValueMissing
        | Code::OrderContactValueUnexpected
        | Code::OrderContactValueInvalid
        | Code::OrderRuleViolated
        | Code::OrderRegistryNote => "{explanation}",
        Code::OrderContactMissing => "{roleLabel}: »{partLabel}« mangler. Udfyld feltet.",
        Code::OrderContactTooLong => {
            "{roleLabel}: »{partLabel}« har {length} tegn; registrene tager højst {max}. Forkort værdien."
        }
        Code::OrderStreetTooManyLines => {
            "{roleLabel}: Adressen har {count} linjer; højst {max} kan sendes. Saml nogle af dem."
        }
        Code::OrderPostalCodeInvalid => {
            "{roleLabel}: »{value}« er ikke en gyldig værdi for »{partLabel}« i landet »{country}«. Den skrives som »{example}«."
        }
        Code::OrderPostalCodeStateMismatch => {
            "{roleLabel}: »{value}« (»{partLabel}«) hører ikke til {state}. Kontrollér »{partLabel}« og »{stateLabel}«."
        }
        Code::OrderStateInvalid => {
            "{roleLabel}: »{value}« er ikke en værdi for »{partLabel}« i landet »{country}«. Vælg en fra listen, f.eks. {example}."
        }
        Code::OrderPhoneInvalid => {
            "{roleLabel}: »{value}« er ikke et gyldigt nummer for »{partLabel}« ({reason}). Skriv det med landekode, f.eks. {example}."
        }
        Code::OrderContactNormalized => "{roleLabel}: »{partLabel}« sendes som »{sent}« (indtastet som »{value}«).",
        Code::OrderPeriodNotAllowed => {
            "Perioden »{period}« (år) findes ikke for denne bestilling af et .{tld}-navn; registret tilbyder disse perioder i år: {allowed}. Vælg en af dem."
        }
        Code::OrderAuthCodeRequired => {
            "En overførsel af et .{tld}-navn kræver autorisationskoden (overførselskoden), som den nuværende registrator udleverer. Indtast den."
        }
        Code::OrderAuthCodeNotUsed => {
            "Overførsler af .{tld}-navne bruger ingen autorisationskode; den angivne kode sendes ikke."
        }
        Code::OrderTransferTag => {
            "Et .{tld}-navn overføres uden kode: bed den nuværende registrator om at ændre navnets registrator-tag til {tag}."
        }
        Code::OrderTransferLocked => {
            "Navnet blev registreret eller sidst overført for mindre end {days} dage siden; den nuværende registrator kan afvise en overførsel indtil {date}."
        }
        Code::OrderDateInvalid => "»{value}« er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel 2026-03-01).",
        Code::OrderIdProtectionNotSupported => {
            "ID-beskyttelse kan ikke bestilles for dette .{tld}-navn. Fjern den fra bestillingen."
        }
        Code::OrderIdProtectionUnverified => {
            "Det vides ikke her, om ID-beskyttelse kan bestilles for .{tld}-navne; registratoren kan afvise bestillingen med den. Udelad den, hvis du er i tvivl."
        }
        Code::OrderIdProtectionRegistry => {
            "Registret for .{tld} skjuler selv registrantens data; ID-beskyttelse er ikke nødvendig og bestilles ikke."
        }
        Code::OrderTrusteeNotSupported => {
            "Der findes ingen trustee-tjeneste (lokal tilstedeværelse) for .{tld}-navne. Fjern den fra bestillingen."
        }
        Code::OrderNameserversNotApplied => {
            "En overførsel ændrer ikke navneserverne: angiv dem, når overførslen er gennemført."
        }
        Code::OrderBundledZone => {
            "Et .{tld}-navn registreres sammen med samme navn under .{bundled}; begge hører til denne bestilling."
        }
        Code::OrderPremiumConfirm => {
            "Dette er et premiumnavn (prisklasse »{class}«): dets premiumpris gælder. Bekræft prisen, før du bestiller."
        }
        Code::OrderPremiumClassRequired => {
            "Et premiumnavn kræver sin prisklasse til denne bestilling, som registratorens tilgængelighedstjek returnerede den."
        }
        Code::OrderZoneFactsGeneric => {
            "Bestillingsreglerne for .{tld} kendes ikke i detaljer: de generelle regler blev anvendt, og registrets egne vilkår kan afvige."
        }
        Code::OrderNameserverCount => {
            "Registret for .{tld} accepterer {min} til {max} navneservere; bestillingen har {count}."
        }
        Code::OrderNameserverDuplicate => "Navneserveren »{name}« står på listen to gange. Fjern den ene.",
        Code::OrderNameserverIsAddress => {
            "»{name}« er en IP-adresse, men en navneserver angives med sit værtsnavn (f.eks. ns1.example.net). Indtast navnet, og adressen som glue, hvis navnet ligger under dit domæne."
        }
        Code::OrderNameserverIsUrl => {
            "»{name}« er en webadresse; en navneserver angives kun med sit værtsnavn (f.eks. ns1.example.net)."
        }
        Code::OrderNameserverInvalid => "Navneserveren »{name}« er ikke et gyldigt værtsnavn: {problem}",
        Code::OrderGlueInvalid => "»{address}« er ikke en IPv4- eller IPv6-adresse. Kontrollér den for tastefejl.",
        Code::OrderGlueSpecialPurpose => {
            "»{address}« er ikke en offentlig adresse ({range}); intet register accepterer den for en navneserver. Brug serverens offentlige adresse."
        }
        Code::OrderGlueMissing => {
            "Navneserveren »{name}« ligger inden for {domain}, så registret skal have dens IP-adresser (glue). Angiv mindst én."
        }
        Code::OrderGlueUnneeded => {
            "»{name}« ligger uden for {domain}; dens adresser kommer fra dens egen zone, og registret ignorerer eller afviser glue for den. Lad adresserne være tomme."
        }
        Code::OrderNameserverIpv4Missing => {
            "Registret for .{tld} kræver mindst én navneserver, der kan nås over IPv4; alle angivne adresser er IPv6."
        }
        Code::OrderNameserverAddressesIdentical => {
            "Registret for .{tld} kræver mindst én navneserver med en adresse, de andre ikke har; disse navneservere bruger alle de samme adresser."
        }
        Code::OrderHintHostSequence => {
            "Navneservere inden for {domain} er værtsobjekter hos registret for .{tld}, som først kan oprettes, når domænet findes: registrér domænet med andre navneservere (eller ingen), opret værterne med deres adresser, og skift så til dem. Ellers svarer registret »{registryError}«."
        }
        Code::OrderHintSiblingHost => {
            "»{name}« skal allerede findes som vært hos registret for .{tld}; kun registratoren af dens eget domæne kan oprette den. Ellers svarer registret »{registryError}«."
        }
        Code::OrderHintHostObject => {
            "»{name}« skal findes som vært hos registret for .{tld}; registratoren opretter den normalt uden adresser. Ellers svarer registret »{registryError}«."
        }
        Code::OrderHintZoneMustBeServed => {
            "Registret for .{tld} kontrollerer DNS, før det delegerer {domain}: navneserverne skal allerede levere zonen og svare autoritativt. Opret zonen først, ellers svarer registret »{registryError}«."
        }
        Code::OrderHintNsentry => {
            "Hvis ingen navneserver kan betjene zonen endnu, tager registret for .{tld} også op til 5 A-, AAAA- eller MX-poster direkte i sin zone (NSentry) i stedet for navneservere; de kontrolleres ikke i DNS."
        }
        Code::RecordInvalid => "Posten kunne ikke læses: {detail}.",
        Code::RecordZoneInvalid => "Zonen »{zone}« er ikke et gyldigt domænenavn: {problem}",
        Code::RecordTypeUnsupported => "Posttypen »{type}« understøttes ikke her. Brug en af: {choices}.",
        Code::RecordNameDoubleZone => {
            "»{name}« ender allerede på zonen, så {fqdn} gemmes; en zonefil ville læse det som {literal}, og indstillingen literal beholder den læsning."
        }
        Code::RecordNameOutsideZone => {
            "»{name}« ligger ikke i zonen {zone}. Indtast et navn i denne zone, eller fjern det afsluttende punktum, så navnet bliver relativt."
        }
        Code::RecordUrlStripped => "»{input}« er en webadresse; kun dens værtsnavn {name} bruges.",
        Code::RecordNameIsAddress => {
            "»{name}« er en IP-adresse. Navnet på en post er et værtsnavn som www; adressen hører til i værdien af en A- eller AAAA-post."
        }
        Code::RecordTargetIsAddress => {
            "»{name}« er en IP-adresse, men denne post peger på et værtsnavn. Opret en A- eller AAAA-post for et navn (f.eks. mail), og indtast det navn her."
        }
        Code::RecordTargetProbablyAbsolute => {
            "»{name}« ender på et topdomæne, så {fqdn} bruges; relativt til zonen ville det være {literal}. Afslut navnet med et punktum for at gøre det tydeligt."
        }
        Code::RecordTargetWildcard => {
            "»{name}« er et wildcard-navn; et alias skal pege på et rigtigt navn. Indtast det navn, aliaset står for."
        }
        Code::RecordOwnerNotHostName => {
            "»{name}« indeholder en understregning og er derfor ikke et værtsnavn; {type}-poster hører som regel til værtsnavne. Kontrollér navnet."
        }
        Code::RecordValueMissing => "Indtast værdien af {type}-posten.",
        Code::RecordValueFormat => "Værdien af {type}-posten har formen »{form}«, for eksempel »{example}«.",
        Code::RecordEscapeInvalid => {
            "»{escape}« på position {position} er ikke en gyldig escape: efter en backslash følger tre cifre for en byte fra 000 til 255 eller ét tegn, der ikke er et ciffer. Skriv »{fix}« i stedet (»\\\\« er selve backslashen)."
        }
        Code::RecordNumberOutOfRange => "Værdien {field} »{value}« skal være et helt tal fra {min} til {max}.",
        Code::RecordAddressInvalid => {
            "»{value}« er ikke en gyldig adresse til en {type}-post. Kontrollér den for tastefejl."
        }
        Code::RecordAddressFamily => "»{value}« hører til i en {other}-post, ikke i en {type}-post.",
        Code::RecordAddressNotPublic => {
            "»{value}« er ikke en offentlig adresse ({range}); besøgende fra internettet kan ikke nå den."
        }
        Code::RecordCnameAtApex => {
            "En CNAME-post kan ikke stå i zonens top {zone}, hvor SOA- og NS-posterne er. Brug A/AAAA-poster der, eller din udbyders ALIAS-post."
        }
        Code::RecordNullMx => "Denne MX-post siger, at domænet ikke modtager e-mail (null MX).",
        Code::RecordSrvOwner => {
            "Navnet på en SRV-post begynder med tjeneste og protokol, f.eks. _sip._tcp; det gør »{name}« ikke."
        }
        Code::RecordCaaTagInvalid => "CAA-mærket »{tag}« skal bestå af 1 til 255 bogstaver og cifre, f.eks. issue.",
        Code::RecordCaaTagUnknown => "Certifikatudstedere kender ikke CAA-mærket »{tag}«. Kendte mærker: {choices}.",
        Code::RecordCaaIssuerInvalid => {
            "Værdien af {tag} »{value}« skal være domænet for en certifikatudsteder, f.eks. letsencrypt.org, eller tom for ikke at tillade nogen."
        }
        Code::RecordCaaIodefInvalid => {
            "Værdien af iodef »{value}« skal være en mailto:-, http:- eller https:-adresse, f.eks. mailto:security@example.com."
        }
        Code::RecordTxtSplit => {
            "Teksten er længere end {max} byte og gemmes derfor som {count} strenge, der læses som én tekst."
        }
        Code::RecordValueTooLong => "Værdien har {length} byte; en post kan højst rumme {max}.",
        Code::RecordCnameAndOtherData => {
            "»{name}« har en CNAME-post og kan derfor ikke have andre poster (her: {types}). Fjern CNAME-posten eller de andre poster."
        }
        Code::RecordTargetIsCname => {
            "»{name}« er et alias (CNAME) i denne zone, men en {type}-post skal pege på det rigtige værtsnavn. Indtast det navn, aliaset peger på."
        }
        Code::RecordCnameLoop => {
            "Aliaset »{name}« fører via CNAME-poster tilbage til sig selv og når derfor aldrig frem til en adresse. Lad det pege på et navn med A- eller AAAA-poster."
        }
        Code::RecordTargetWithoutAddress => {
            "»{name}« ligger i denne zone, men har ingen A- eller AAAA-post i den, så {type}-posten peger ingen steder hen. Tilføj værtens adresseposter."
        }
        Code::RecordDuplicate => "Denne {type}-post for »{name}« er den samme som post {position}. Fjern en af dem.",
        Code::LiveUnreachable => {
            native_only!(
                "Navneserveren »{name}« ({address}) kunne ikke spørges om {domain} på port {port}: {failure}. Kontrollér, at serveren kører, og at ingen firewall blokerer DNS-forespørgsler over UDP og TCP."
            )
        }
        Code::LiveRefused => {
            native_only!(
                "Navneserveren »{name}« ({address}) nægter at svare for {domain}: zonen er ikke oprettet på den. Opret først zonen {domain} på denne server, ellers svarer registret »{registryError}«."
            )
        }
        Code::LiveRcode => {
            native_only!(
                "Navneserveren »{name}« ({address}) svarede på forespørgslen om {domain} med fejlen {rcode}. Kontrollér zonen {domain} på denne server (dens opsætning og zonefil), og indlæs den igen."
            )
        }
        Code::LiveNotAuthoritative => {
            native_only!(
                "Navneserveren »{name}« ({address}) svarer ikke autoritativt for {domain}. Opsæt den som primær eller sekundær server for zonen {domain}, ikke som resolver eller forwarder."
            )
        }
        Code::LiveNsSetDiffers => {
            native_only!(
                "Navneserveren »{name}« ({address}) angiver {served} som navneservere for {domain}, men bestillingen angiver {ordered}. Ret zonens NS-poster, så de svarer til bestillingens navneservere."
            )
        }
        Code::LiveSerialsDiffer => {
            native_only!(
                "Navneserverne for {domain} leverer forskellige udgaver af zonen (SOA-serienumre: {serials}). Sørg for, at hver server har den aktuelle zone, for eksempel ved at kontrollere overførslerne til de sekundære servere."
            )
        }
        Code::LiveIpv4Missing => {
            native_only!(
                "Registret for .{tld} kræver mindst én navneserver, der kan nås over IPv4, men alle disse navneserveres adresser er IPv6. Giv mindst én navneserver en IPv4-adresse."
            )
        }
        Code::LiveAddressesIdentical => {
            native_only!(
                "Registret for .{tld} kræver mindst én navneserver med en adresse, de andre ikke har, men disse navneservere bruger alle de samme adresser. Flyt mindst én af dem til en adresse for sig selv."
            )
        }
        Code::LiveResolveFailed => {
            native_only!(
                "Adresserne på navneserveren »{name}« kunne ikke findes. Kontrollér navnet for stavefejl, eller angiv dens IP-adresser i bestillingen."
            )
        }
        Code::RegistrarSuccess => "Registratoren har accepteret bestillingen.",
        Code::RegistrarPending => {
            "Registratoren har accepteret bestillingen; registret gennemfører den senere, hvilket kan tage nogle dage."
        }
        Code::RegistrarAttributeMissing => {
            "Registret kræver »{fieldLabel}«, men bestillingen indeholdt det ikke. Udfyld feltet, og send bestillingen igen."
        }
        Code::RegistrarAttributeInvalid => {
            "Registret accepterede ikke værdien af »{fieldLabel}«. Ret den, og send bestillingen igen."
        }
        Code::RegistrarAttributeNotAccepted => {
            "Registret tager ikke imod »{fieldLabel}« for denne bestilling. Feltet skal udelades; derefter kan butikken sende bestillingen igen."
        }
        Code::RegistrarValueMissing => {
            "Registret oplyser, at en påkrævet oplysning mangler i bestillingen, men ikke hvilken. Kontrollér, at alle felter er udfyldt."
        }
        Code::RegistrarValueRejected => {
            "Registret accepterede ikke en værdi i bestillingen og sagde ikke hvilken. Kontrollér bestillingens oplysninger for tastefejl."
        }
        Code::RegistrarContactMissing => {
            "Registret kræver »{roleLabel}« for dette navn, men bestillingen indeholdt den ikke. Udfyld kontaktoplysningerne, og send bestillingen igen."
        }
        Code::RegistrarContactPartMissing => {
            "{roleLabel}: registret kræver »{partLabel}«, men bestillingen indeholdt det ikke. Udfyld feltet, og send bestillingen igen."
        }
        Code::RegistrarContactPartInvalid => {
            "{roleLabel}: registret accepterede ikke »{partLabel}«. Ret feltet, eller lad det stå tomt, hvis det er valgfrit, og send bestillingen igen."
        }
        Code::RegistrarVatRequired => {
            "{roleLabel}: registret kræver et momsnummer for en organisation. Angiv organisationens momsnummer, eller registrér som privatperson uden organisationsnavn."
        }
        Code::RegistrarNameserverUnknown => {
            "Navneserveren »{host}« findes ikke hos registret. Registrér den først (med dens IP-adresse) hos registratoren for dens eget domæne, eller vælg en anden navneserver."
        }
        Code::RegistrarNameserversUnknown => {
            "En af bestillingens navneservere findes ikke hos registret. Kontrollér navnene; registrér først en ny navneserver, eller vælg andre."
        }
        Code::RegistrarNameserverRefused => {
            "Navneserveren »{host}« nægtede at svare for {domain} ({rcode}): zonen er ikke oprettet der. Opret først zonen for {domain} på den server, og send derefter bestillingen igen."
        }
        Code::RegistrarNameserverNotAuthoritative => {
            "Navneserveren »{host}« svarer ikke autoritativt for dette navn: zonen er ikke oprettet der. Opret først zonen på den server, og send derefter bestillingen igen."
        }
        Code::RegistrarNameserverAddresses => {
            "Registret kræver navneservere på mindst {expected} forskellige IP-adresser; det fandt {found}. Tilføj en navneserver på en anden adresse."
        }
        Code::RegistrarNameserverSetMismatch => {
            "Navneserverne i zonen svarer ikke til bestillingens navneservere. Sørg for, at zonens NS-poster angiver præcis bestillingens navneservere."
        }
        Code::RegistrarNameserverCheckFailed => {
            "Registrets test af navneserverne mislykkedes (test {nastCode}: {nastText}). Kontrollér, at hver navneserver i bestillingen betjener zonen for dette navn, og send derefter bestillingen igen."
        }
        Code::RegistrarGlueMissing => {
            "En navneserver under dette navn skal have sin IP-adresse i bestillingen. Angiv IP-adresserne for sådanne navneservere, og send bestillingen igen."
        }
        Code::RegistrarObjectInUse => {
            "Det kan ikke lade sig gøre, så længe andre domæner stadig bruger det (for eksempel en navneserver, som andre navne peger på). Flyt først de navne."
        }
        Code::RegistrarTransferLocked => {
            "Navnet er låst mod overførsel hos den nuværende registrator. Bed dem om at fjerne låsen, eller vent, til den seneste registrering eller overførsel er 60 dage gammel, og bestil derefter igen."
        }
        Code::RegistrarTransferNotPossible => {
            "Registratoren kan ikke overføre dette navn nu og har ikke sagt hvorfor. Kontrollér, at det er låst op, at ingen anden overførsel er i gang, og at overførselskoden er rigtig."
        }
        Code::RegistrarTransferPending => "En overførsel af dette navn er allerede i gang. Vent, til den er afsluttet.",
        Code::RegistrarNoPendingTransfer => {
            "Der er ingen overførsel af dette navn i gang, som kan godkendes eller annulleres."
        }
        Code::RegistrarAuthCodeInvalid => {
            "Overførselskoden (auth-koden) er ikke rigtig. Bed den nuværende registrator om en ny kode, og indtast den præcis som angivet."
        }
        Code::RegistrarAuthCodeRequired => {
            "Denne overførsel kræver overførselskoden (auth-koden). Bed den nuværende registrator eller registranten om den, og indtast den."
        }
        Code::RegistrarAuthCodeWeak => {
            "Den nye overførselskode er for simpel: den skal have mindst {min} tegn med et ciffer, et bogstav og et specialtegn."
        }
        Code::RegistrarAuthorizationFailed => {
            "Registratoren afviste anmodningen: enten er overførselskoden forkert, eller butikkens konto må ikke gøre dette. Kontrollér koden; er den rigtig, så kontakt butikken."
        }
        Code::RegistrarIdProtectionNotSupported => {
            "ID-beskyttelse kan ikke bestilles til dette navn. Fjern den fra bestillingen, og send bestillingen igen."
        }
        Code::RegistrarTrusteeNotSupported => {
            "Der findes ingen trustee-tjeneste (lokal tilstedeværelse) for dette navn. Fjern den fra bestillingen, eller angiv en registrant, der opfylder registrets regler."
        }
        Code::RegistrarPremiumClassRequired => {
            "Dette er et premiumnavn med sin egen pris (klasse {class}). Bekræft premiumprisen, og send derefter bestillingen igen."
        }
        Code::RegistrarPremiumFeeUnavailable => {
            "Dette premiumnavn har en pris, som butikken ikke automatisk kan overtage. Bed butikken om et tilbud."
        }
        Code::RegistrarPriceMismatch => {
            "Prisen på dette premiumnavn er ændret: bestillingen siger {got}, registratoren kræver nu {expected}. Bekræft den nye pris, og bestil igen."
        }
        Code::RegistrarPeriodInvalid => "Registret accepterer ikke denne periode. Vælg et andet antal år.",
        Code::RegistrarTermsUnknown => {
            "Registratoren fandt ingen registreringsperioder for dette navn, så det er sandsynligvis skrevet forkert (for eksempel med en tankestreg i stedet for en bindestreg). Kontrollér navnet, og bestil igen."
        }
        Code::RegistrarDomainNotManaged => {
            "Dette navn administreres ikke af butikkens registratorkonto. Kontrollér navnet, eller overfør det hertil først."
        }
        Code::RegistrarObjectNotFound => {
            "Noget, som bestillingen henviser til (navnet, en kontakt eller en navneserver), findes ikke hos registret. Kontrollér navnene i bestillingen."
        }
        Code::RegistrarDomainTaken => {
            "Dette navn er allerede registreret. Vælg et andet navn, eller overfør det, hvis det er dit."
        }
        Code::RegistrarRegistrationRight => {
            "Retten til at registrere dette navn tilhører en anden registrant. Bestil det med den registrant, der har retten, eller vælg et andet navn."
        }
        Code::RegistrarStatusProhibits => {
            "Navnets nuværende status (en lås, en tvist eller en igangværende sletning) tillader ikke dette. Fjern låsen hos registratoren, eller vent, og prøv igen."
        }
        Code::RegistrarRenewalNotAllowed => {
            "Dette navn kan ikke fornyes nu: det er uden for sin fornyelsesperiode, eller det er lige blevet fornyet."
        }
        Code::RegistrarActionNotSupported => {
            "Dette tilbydes ikke for navne med denne endelse. Fjern det fra bestillingen."
        }
        Code::RegistrarNeedsTrade => "Denne oplysning kan ikke ændres med en opdatering; der kræves et ejerskifte.",
        Code::RegistrarTemporary => {
            "Registratorens system kunne ikke modtage bestillingen lige nu. Der er intet galt med bestillingen; prøv igen om et par minutter."
        }
        Code::RegistrarShopConfiguration => {
            "Bestillingen kunne ikke sendes på grund af et problem i butikkens opsætning, ikke i bestillingen. Kontakt venligst butikken."
        }
        Code::RegistrarUnrecognised => {
            "Dette svar fra registratoren kender disse kontroller ikke, så det kan ikke forklares her. Kontakt venligst butikken; den kan læse svaret."
        }
        Code::RegistrarTextEmpty => "Indsæt registratorens svar for at få det forklaret.",
        Code::RegistrarTextTooLong => {
            "Registratorens svar har {actual} byte, flere end de {max}, der læses her. Indsæt kun delen med fejlen."
        }
        Code::RegistrarTextInvalid => "Registratorens svar skal angives som tekst (UTF-8); fundet: {found}.",
    }
}
