//! German messages.

use crate::code::Code;

pub(super) const fn template(code: Code) -> &'static str {
    match code {
        Code::InputNotAString => {
            "Die Domain muss als Text (String) übergeben werden; dieser Wert hat den Typ {type}. Übergeben Sie den Namen als Zeichenkette."
        }
        Code::InputInvalidUtf8 => {
            "Die Eingabe ist kein gültiger UTF-8-Text (ungültiges Byte an Position {position}). Speichern oder senden Sie sie als UTF-8."
        }
        Code::InputEmpty => "Bitte geben Sie einen Domainnamen ein.",
        Code::InputTooLong => {
            "Die Eingabe hat {actual} Bytes, mehr als ein Domainname haben kann ({max}). Geben Sie einen einzelnen, kürzeren Namen ein."
        }
        Code::OptionInvalid => "Die Option {option} hat den unbekannten Wert „{value}“. Erlaubt sind: {choices}.",
        Code::NameWhitespaceTrimmed => "Die Leerzeichen um den Namen wurden entfernt; geprüft wird „{name}“.",
        Code::NameTrailingDotRemoved => "Der abschließende Punkt wurde entfernt; geprüft wird „{name}“.",
        Code::NameMapped => {
            "„{name}“ wird im DNS „{mapped}“ geschrieben (kleingeschrieben und in normaler Breite); diese Form wird verwendet."
        }
        Code::NameMappedCompat => {
            "„{label}“ enthält Zeichen, die bei der Registrierung ersetzt werden: registriert würde „{mapped}“. Prüfen Sie, ob Sie diesen Namen wollen, oder geben Sie ihn so ein."
        }
        Code::NameEmptyLabel => {
            "Der Name „{name}“ hat einen leeren Teil (zwei Punkte hintereinander oder ein Punkt am Anfang). Entfernen Sie den überzähligen Punkt."
        }
        Code::NameLabelTooLong => {
            "Der Teil „{label}“ ist in seiner registrierten (ASCII-)Form {length} Zeichen lang; erlaubt sind höchstens {max}. Kürzen Sie ihn."
        }
        Code::NameLabelTooShort => {
            "Der Name muss vor .{tld} mindestens {min} Zeichen haben („{label}“ hat {actual}). Wählen Sie einen längeren Namen."
        }
        Code::NameTooLong => {
            "Der gesamte Name ist in seiner registrierten (ASCII-)Form {length} Zeichen lang; erlaubt sind höchstens {max}. Verwenden Sie weniger oder kürzere Teile."
        }
        Code::NameLeadingHyphen => {
            "Der Teil „{label}“ beginnt mit einem Bindestrich. Ein Bindestrich darf nur zwischen Buchstaben oder Ziffern stehen; entfernen Sie ihn am Anfang."
        }
        Code::NameTrailingHyphen => {
            "Der Teil „{label}“ endet mit einem Bindestrich. Ein Bindestrich darf nur zwischen Buchstaben oder Ziffern stehen; entfernen Sie ihn am Ende."
        }
        Code::NameHyphens34 => {
            "Der Teil „{label}“ hat an dritter und vierter Stelle Bindestriche; diese Stellen sind für kodierte internationale Namen (xn--) reserviert. Verschieben oder entfernen Sie einen Bindestrich."
        }
        Code::NameInvalidCharacter => {
            "Der Teil „{label}“ enthält an Position {position} das Zeichen „{char}“ ({codepoint}). Erlaubt sind nur Buchstaben, Ziffern und Bindestriche; entfernen oder ersetzen Sie es."
        }
        Code::NameSpace => {
            "Der Teil „{words}“ enthält an Position {position} ein Leerzeichen. Domainnamen können keine Leerzeichen enthalten; entfernen Sie es oder verbinden Sie die Wörter mit einem Bindestrich."
        }
        Code::NameWebAddress => {
            "„{input}“ ist eine Webadresse (URL), kein Domainname. Geben Sie nur den Namen ein: „{host}“."
        }
        Code::NameIpAddress => {
            "„{input}“ ist eine IP-Adresse, kein Domainname. Geben Sie stattdessen den Namen der Domain ein, etwa example.com."
        }
        Code::NameUnderscore => {
            "Der Teil „{label}“ enthält an Position {position} einen Unterstrich. Unterstriche sind nur in DNS-Eintragsnamen wie _dmarc erlaubt, nicht in Domain- oder Hostnamen; verwenden Sie stattdessen einen Bindestrich."
        }
        Code::NameDisallowedCharacter => {
            "Der Teil „{label}“ enthält an Position {position} das Zeichen „{char}“ ({codepoint}), das in Domainnamen nicht erlaubt ist. Entfernen oder ersetzen Sie es."
        }
        Code::NameLeadingCombiningMark => {
            "Der Teil „{label}“ beginnt mit dem Kombinationszeichen {codepoint}, das auf einen Buchstaben folgen muss. Entfernen Sie es oder stellen Sie den Buchstaben voran."
        }
        Code::NameJoinerContext => {
            "Der Teil „{label}“ enthält das unsichtbare Verbindungszeichen {codepoint} an einer Stelle, an der es nicht erlaubt ist. Entfernen Sie es."
        }
        Code::NameBidi => {
            "Der Teil „{label}“ mischt Text von rechts nach links und von links nach rechts auf eine Weise, die in Domainnamen nicht erlaubt ist. Schreiben Sie ihn in einer Richtung oder prüfen Sie die Reihenfolge von Buchstaben und Ziffern."
        }
        Code::NameIdnaInvalid => {
            "Der Teil „{label}“ lässt sich nicht in einen internationalisierten Domainnamen umwandeln. Geben Sie ihn neu ein, ohne Symbole und unsichtbare Zeichen."
        }
        Code::NamePunycodeInvalid => {
            "Der Teil „{label}“ beginnt mit xn--, ist aber kein gültig kodierter internationaler Name. Geben Sie den Namen stattdessen in seinen normalen Buchstaben ein."
        }
        Code::NamePunycodeNotCanonical => {
            "Der kodierte Teil „{label}“ steht für „{decoded}“ und ist nicht so geschrieben, wie Registrierungsstellen es erwarten; richtig ist „{expected}“ („{expectedUnicode}“). Verwenden Sie diese Form."
        }
        Code::NameNumericTld => {
            "Die Endung „.{tld}“ besteht nur aus Ziffern; das ist bei keiner Domainendung der Fall. Prüfen Sie die Endung nach dem letzten Punkt."
        }
        Code::NameIdna2008Disallowed => {
            "Der Teil „{label}“ enthält an Position {position} das Zeichen „{char}“ ({codepoint}). Registrierungsstellen folgen IDNA2008: erlaubt sind Buchstaben, Ziffern und diakritische Zeichen, aber keine Symbole, Emojis oder Satzzeichen. Entfernen oder ersetzen Sie es."
        }
        Code::NameContextMiddleDot => {
            "Der Teil „{label}“ enthält an Position {position} einen Mittelpunkt „·“ (U+00B7); er ist nur zwischen zwei l erlaubt, wie im katalanischen „l·l“. Entfernen Sie ihn."
        }
        Code::NameContextKeraia => {
            "Der Teil „{label}“ enthält an Position {position} das griechische Zahlzeichen „͵“ (U+0375); darauf muss ein griechischer Buchstabe folgen. Entfernen Sie es oder ergänzen Sie den Buchstaben."
        }
        Code::NameContextHebrewPunctuation => {
            "Der Teil „{label}“ enthält an Position {position} das hebräische Zeichen „{char}“ ({codepoint}); es muss auf einen hebräischen Buchstaben folgen. Entfernen Sie es oder ergänzen Sie den Buchstaben."
        }
        Code::NameContextKatakanaMiddleDot => {
            "Der Teil „{label}“ enthält den Katakana-Mittelpunkt „・“ (U+30FB), aber keine japanischen oder chinesischen Schriftzeichen, die er voraussetzt. Entfernen Sie ihn."
        }
        Code::NameContextArabicDigits => {
            "Der Teil „{label}“ mischt arabisch-indische mit erweiterten (persischen) arabisch-indischen Ziffern; „{char}“ ({codepoint}) an Position {position} gehört zur anderen Reihe. Verwenden Sie Ziffern nur einer Reihe."
        }
        Code::NameMixedScript => {
            "Der Teil „{label}“ mischt Buchstaben verschiedener Schriften ({scripts}). Registrierungsstellen lehnen solche Namen ab, weil sie andere Namen nachahmen können; schreiben Sie ihn in einer Schrift."
        }
        Code::NameLookalike => {
            "Der Teil „{label}“ ist in der Schrift {script} geschrieben, sieht aber aus wie das lateinische „{lookalike}“. Prüfen Sie, ob Sie diesen Namen meinen: Besucher können beide verwechseln."
        }
        Code::NameDeviation => {
            "„{name}“ enthält ß, ς oder ein unsichtbares Verbindungszeichen. Ältere Software (IDNA2003) macht daraus „{alternative}“ ({alternativeAscii}) statt {ascii}, und unter .{tld} sind das zwei verschiedene Namen. Sorgen Sie dafür, dass beide zu Ihnen führen: Registrieren oder richten Sie auch den anderen ein."
        }
        Code::ZoneUnknownTld => {
            "Die Endung „.{tld}“ ist keine existierende Domainendung. Prüfen Sie die Schreibweise nach dem letzten Punkt."
        }
        Code::ZoneSpecialUse => {
            "Namen mit der Endung „.{tld}“ sind für besondere Zwecke reserviert und können bei keiner Registrierungsstelle registriert werden. Wählen Sie eine öffentliche Domainendung."
        }
        Code::ZoneRegistryZone => {
            "„{zone}“ ist eine Domainendung, die eine Registrierungsstelle verwaltet; setzen Sie Ihren Namen davor (zum Beispiel ihrname.{zone})."
        }
        Code::ZoneSubdomain => {
            "Bei der Registrierungsstelle von .{zone} kann nur „{registrable}“ registriert werden; „{name}“ ist eine Subdomain davon. Registrieren Sie „{registrable}“ und legen Sie die Subdomain im DNS dieser Domain an."
        }
        Code::ZoneScriptNotAllowed => {
            "Die Registrierungsstelle von .{tld} akzeptiert keine Buchstaben der Schrift {script}, und „{label}“ ist darin geschrieben. Schreiben Sie den Namen mit Buchstaben, die dort erlaubt sind."
        }
        Code::ZoneCharacterNotAllowed => {
            "Die Registrierungsstelle von .{tld} akzeptiert „{char}“ ({codepoint}) an Position {position} von „{label}“ nicht; es steht nicht in ihrer Liste erlaubter Zeichen. Ersetzen Sie es durch einen dort erlaubten Buchstaben."
        }
        Code::ZoneIdnTableUnknown => {
            "„{label}“ wurde nach IDNA2008 und auf eine einzige Schrift geprüft; die Registrierungsstelle von .{tld} kann weniger Zeichen zulassen. Prüfen Sie ihre Zeichentabelle vor der Bestellung."
        }
        Code::OrderInvalid => {
            "Die Bestellung konnte nicht gelesen werden: {detail}. Senden Sie ein Objekt mit den Schlüsseln des Bestellformats."
        }
        Code::OrderActionInvalid => "Die Aktion „{value}“ ist unbekannt. Verwenden Sie eine von: {choices}.",
        Code::OrderContactTypeInvalid => {
            "Der Kontakttyp „{value}“ ist unbekannt. Verwenden Sie individual oder organization."
        }
        Code::OrderCountryInvalid => {
            "„{value}“ ist kein Ländercode. Verwenden Sie den zweistelligen ISO-Code, etwa DE, DK oder IT."
        }
        Code::OrderEmailInvalid => "„{value}“ ist keine gültige E-Mail-Adresse. Prüfen Sie sie auf Tippfehler.",
        Code::OrderFieldRequired => "„{fieldLabel}“ ist für diese Bestellung erforderlich. Bitte ausfüllen.",
        Code::OrderFieldOptionInvalid => {
            "„{value}“ ist keine Auswahl für „{fieldLabel}“. Verwenden Sie eine von: {choices}."
        }
        Code::OrderFieldFormatInvalid => {
            "„{value}“ ist keine gültige Angabe für „{fieldLabel}“ ({reason}). Vergleichen Sie sie mit dem Dokument, aus dem sie stammt."
        }
        Code::OrderFieldNormalized => "„{fieldLabel}“ wird als „{sent}“ übermittelt (eingegeben als „{value}“).",
        Code::OrderFieldOmitted => {
            "„{fieldLabel}“ wird für diese Bestellung nicht übermittelt, da die Registrierungsstelle es hier nicht annimmt."
        }
        Code::OrderFieldUnknown => "Das Feld „{field}“ ist für .{tld} nicht bekannt; es wird ungeprüft weitergegeben.",
        Code::OrderContactValueMissing
        | Code::OrderContactValueUnexpected
        | Code::OrderContactValueInvalid
        | Code::OrderRuleViolated
        | Code::OrderRegistryNote => "{explanation}",
        Code::OrderContactMissing => "{roleLabel}: „{partLabel}“ fehlt. Bitte ausfüllen.",
        Code::OrderContactTooLong => {
            "{roleLabel}: „{partLabel}“ hat {length} Zeichen; Registrierungsstellen nehmen höchstens {max}. Kürzen Sie den Wert."
        }
        Code::OrderStreetTooManyLines => {
            "{roleLabel}: Die Anschrift hat {count} Zeilen; höchstens {max} können übermittelt werden. Fassen Sie Zeilen zusammen."
        }
        Code::OrderPostalCodeInvalid => {
            "{roleLabel}: „{value}“ ist keine gültige Angabe für „{partLabel}“ im Land „{country}“. Sie wird so geschrieben: „{example}“."
        }
        Code::OrderPostalCodeStateMismatch => {
            "{roleLabel}: „{value}“ („{partLabel}“) gehört nicht zu {state}. Prüfen Sie „{partLabel}“ und „{stateLabel}“."
        }
        Code::OrderStateInvalid => {
            "{roleLabel}: „{value}“ ist keine Angabe für „{partLabel}“ im Land „{country}“. Wählen Sie einen Eintrag aus der Liste, z. B. {example}."
        }
        Code::OrderPhoneInvalid => {
            "{roleLabel}: „{value}“ ist keine gültige Nummer für „{partLabel}“ ({reason}). Schreiben Sie sie mit Ländervorwahl, z. B. {example}."
        }
        Code::OrderContactNormalized => {
            "{roleLabel}: „{partLabel}“ wird als „{sent}“ übermittelt (eingegeben als „{value}“)."
        }
        Code::OrderPeriodNotAllowed => {
            "Die Laufzeit „{period}“ (Jahre) gibt es für diese Bestellung einer .{tld}-Domain nicht; die Registrierungsstelle bietet diese Laufzeiten in Jahren an: {allowed}. Wählen Sie eine davon."
        }
        Code::OrderAuthCodeRequired => {
            "Ein Transfer einer .{tld}-Domain braucht den Auth-Code (Transfercode), den der bisherige Registrar ausgibt. Geben Sie ihn ein."
        }
        Code::OrderAuthCodeNotUsed => {
            "Transfers von .{tld}-Domains verwenden keinen Auth-Code; der angegebene Code wird nicht übermittelt."
        }
        Code::OrderTransferTag => {
            "Eine .{tld}-Domain wird ohne Code übertragen: Bitten Sie den bisherigen Registrar, das Registrar-Tag der Domain auf {tag} zu ändern."
        }
        Code::OrderTransferLocked => {
            "Die Domain wurde vor weniger als {days} Tagen registriert oder zuletzt übertragen; der bisherige Registrar darf einen Transfer bis zum {date} ablehnen."
        }
        Code::OrderDateInvalid => "„{value}“ ist kein Datum der Form JJJJ-MM-TT (zum Beispiel 2026-03-01).",
        Code::OrderIdProtectionNotSupported => {
            "Für diese .{tld}-Domain kann kein ID-Schutz bestellt werden. Entfernen Sie ihn aus der Bestellung."
        }
        Code::OrderIdProtectionUnverified => {
            "Ob für .{tld}-Domains ID-Schutz bestellt werden kann, ist hier nicht bekannt; der Registrar kann die Bestellung damit ablehnen. Lassen Sie ihn im Zweifel weg."
        }
        Code::OrderIdProtectionRegistry => {
            "Die Registrierungsstelle von .{tld} verbirgt die Daten des Inhabers selbst; ID-Schutz ist nicht nötig und wird nicht bestellt."
        }
        Code::OrderTrusteeNotSupported => {
            "Für .{tld}-Domains gibt es keinen Treuhanddienst (lokale Präsenz). Entfernen Sie ihn aus der Bestellung."
        }
        Code::OrderNameserversNotApplied => {
            "Ein Transfer ändert die Nameserver nicht: Setzen Sie sie, sobald der Transfer abgeschlossen ist."
        }
        Code::OrderBundledZone => {
            "Eine .{tld}-Domain wird zusammen mit demselben Namen unter .{bundled} registriert; beide gehören zu dieser Bestellung."
        }
        Code::OrderPremiumConfirm => {
            "Dies ist eine Premium-Domain (Preisklasse „{class}“): Es gilt ihr Premium-Preis. Bestätigen Sie den Preis vor der Bestellung."
        }
        Code::OrderPremiumClassRequired => {
            "Eine Premium-Domain braucht für diese Bestellung ihre Preisklasse, wie die Verfügbarkeitsprüfung des Registrars sie geliefert hat."
        }
        Code::OrderZoneFactsGeneric => {
            "Die Bestellregeln von .{tld} sind nicht im Einzelnen bekannt: Es wurden die allgemeinen Regeln angewandt, die Bedingungen der Registrierungsstelle können abweichen."
        }
        Code::OrderNameserverCount => {
            "Die Registrierungsstelle von .{tld} akzeptiert {min} bis {max} Nameserver; die Bestellung hat {count}."
        }
        Code::OrderNameserverDuplicate => "Der Nameserver „{name}“ steht doppelt in der Liste. Entfernen Sie einen.",
        Code::OrderNameserverIsAddress => {
            "„{name}“ ist eine IP-Adresse, ein Nameserver wird aber mit seinem Hostnamen angegeben (etwa ns1.example.net). Geben Sie den Namen an, und die Adresse als Glue, wenn der Name unter Ihrer Domain liegt."
        }
        Code::OrderNameserverIsUrl => {
            "„{name}“ ist eine Webadresse; ein Nameserver wird nur mit seinem Hostnamen angegeben (etwa ns1.example.net)."
        }
        Code::OrderNameserverInvalid => "Der Nameserver „{name}“ ist kein gültiger Hostname: {problem}",
        Code::OrderGlueInvalid => "„{address}“ ist keine IPv4- oder IPv6-Adresse. Prüfen Sie sie auf Tippfehler.",
        Code::OrderGlueSpecialPurpose => {
            "„{address}“ ist keine öffentliche Adresse ({range}); keine Registrierungsstelle nimmt sie für einen Nameserver an. Verwenden Sie die öffentliche Adresse des Servers."
        }
        Code::OrderGlueMissing => {
            "Der Nameserver „{name}“ liegt innerhalb von {domain}, daher braucht die Registrierungsstelle seine IP-Adressen (Glue). Geben Sie mindestens eine an."
        }
        Code::OrderGlueUnneeded => {
            "„{name}“ liegt außerhalb von {domain}; seine Adressen kommen aus seiner eigenen Zone, und die Registrierungsstelle ignoriert oder verweigert Glue dafür. Lassen Sie die Adressen leer."
        }
        Code::OrderNameserverIpv4Missing => {
            "Die Registrierungsstelle von .{tld} braucht mindestens einen über IPv4 erreichbaren Nameserver; alle angegebenen Adressen sind IPv6."
        }
        Code::OrderNameserverAddressesIdentical => {
            "Die Registrierungsstelle von .{tld} braucht mindestens einen Nameserver mit einer Adresse, die die anderen nicht haben; diese Nameserver nutzen alle dieselben Adressen."
        }
        Code::OrderHintHostSequence => {
            "Nameserver innerhalb von {domain} sind bei der Registrierungsstelle von .{tld} Host-Objekte, die erst angelegt werden können, wenn die Domain existiert: Registrieren Sie die Domain mit anderen Nameservern (oder keinen), legen Sie die Hosts mit ihren Adressen an und stellen Sie dann um. Sonst antwortet die Registrierungsstelle „{registryError}“."
        }
        Code::OrderHintSiblingHost => {
            "„{name}“ muss bei der Registrierungsstelle von .{tld} bereits als Host existieren; nur der Registrar seiner eigenen Domain kann ihn anlegen. Sonst antwortet die Registrierungsstelle „{registryError}“."
        }
        Code::OrderHintHostObject => {
            "„{name}“ muss bei der Registrierungsstelle von .{tld} als Host existieren; meist legt der Registrar ihn ohne Adressen an. Wenn nicht, antwortet die Registrierungsstelle „{registryError}“."
        }
        Code::OrderHintZoneMustBeServed => {
            "Die Registrierungsstelle von .{tld} prüft das DNS, bevor sie {domain} delegiert: Die Nameserver müssen die Zone bereits ausliefern und autoritativ antworten. Richten Sie zuerst die Zone ein, sonst antwortet die Registrierungsstelle „{registryError}“."
        }
        Code::OrderHintNsentry => {
            "Kann noch kein Nameserver die Zone bedienen, nimmt die Registrierungsstelle von .{tld} statt Nameservern auch bis zu 5 A-, AAAA- oder MX-Einträge direkt in ihre Zone auf (NSentry); sie werden nicht im DNS geprüft."
        }
        Code::RecordInvalid => "Der Eintrag konnte nicht gelesen werden: {detail}.",
        Code::RecordZoneInvalid => "Die Zone „{zone}“ ist kein gültiger Domainname: {problem}",
        Code::RecordTypeUnsupported => {
            "Der Eintragstyp „{type}“ wird hier nicht unterstützt. Verwenden Sie einen von: {choices}."
        }
        Code::RecordNameDoubleZone => {
            "„{name}“ endet schon auf die Zone, daher wird {fqdn} gespeichert; eine Zonendatei läse es als {literal}, und die Option „literal“ behält diese Lesart bei."
        }
        Code::RecordNameOutsideZone => {
            "„{name}“ liegt nicht in der Zone {zone}. Geben Sie einen Namen in dieser Zone ein oder lassen Sie den abschließenden Punkt weg, damit er relativ gilt."
        }
        Code::RecordUrlStripped => "„{input}“ ist eine Webadresse; verwendet wird nur ihr Hostname {name}.",
        Code::RecordNameIsAddress => {
            "„{name}“ ist eine IP-Adresse. Der Name eines Eintrags ist ein Hostname wie www; die Adresse gehört in den Wert eines A- oder AAAA-Eintrags."
        }
        Code::RecordTargetIsAddress => {
            "„{name}“ ist eine IP-Adresse, dieser Eintrag verweist aber auf einen Hostnamen. Legen Sie einen A- oder AAAA-Eintrag für einen Namen (etwa mail) an und geben Sie hier diesen Namen ein."
        }
        Code::RecordTargetProbablyAbsolute => {
            "„{name}“ endet auf eine Top-Level-Domain, daher wird {fqdn} verwendet; relativ zur Zone wäre es {literal}. Ein Punkt am Ende des Namens macht es eindeutig."
        }
        Code::RecordTargetWildcard => {
            "„{name}“ ist ein Wildcard-Name; ein Alias muss auf einen echten Namen zeigen. Geben Sie den Namen ein, für den der Alias steht."
        }
        Code::RecordOwnerNotHostName => {
            "„{name}“ enthält einen Unterstrich und ist daher kein Hostname; {type}-Einträge gehören meist zu Hostnamen. Prüfen Sie den Namen."
        }
        Code::RecordValueMissing => "Geben Sie den Wert des {type}-Eintrags ein.",
        Code::RecordValueFormat => "Der Wert des {type}-Eintrags hat die Form „{form}“, zum Beispiel „{example}“.",
        Code::RecordEscapeInvalid => {
            "„{escape}“ an Stelle {position} ist kein gültiges Escape: Auf einen Backslash folgen drei Ziffern für ein Byte von 000 bis 255 oder ein Zeichen, das keine Ziffer ist. Schreiben Sie stattdessen „{fix}“ („\\\\“ ist ein Backslash selbst)."
        }
        Code::RecordNumberOutOfRange => "Der Wert {field} „{value}“ muss eine ganze Zahl von {min} bis {max} sein.",
        Code::RecordAddressInvalid => {
            "„{value}“ ist keine gültige Adresse für einen {type}-Eintrag. Prüfen Sie sie auf Tippfehler."
        }
        Code::RecordAddressFamily => "„{value}“ gehört in einen {other}-Eintrag, nicht in einen {type}-Eintrag.",
        Code::RecordAddressNotPublic => {
            "„{value}“ ist keine öffentliche Adresse ({range}); Besucher aus dem Internet erreichen sie nicht."
        }
        Code::RecordCnameAtApex => {
            "Ein CNAME-Eintrag kann nicht an der Zonenspitze {zone} stehen, wo die SOA- und NS-Einträge sind. Verwenden Sie dort A/AAAA-Einträge oder den ALIAS-Eintrag Ihres Anbieters."
        }
        Code::RecordNullMx => "Dieser MX-Eintrag besagt, dass die Domain keine E-Mails annimmt (Null-MX).",
        Code::RecordSrvOwner => {
            "Der Name eines SRV-Eintrags beginnt mit Dienst und Protokoll, etwa _sip._tcp; „{name}“ tut das nicht."
        }
        Code::RecordCaaTagInvalid => {
            "Das CAA-Tag „{tag}“ muss aus 1 bis 255 Buchstaben und Ziffern bestehen, etwa issue."
        }
        Code::RecordCaaTagUnknown => {
            "Zertifizierungsstellen kennen das CAA-Tag „{tag}“ nicht. Bekannte Tags: {choices}."
        }
        Code::RecordCaaIssuerInvalid => {
            "Der {tag}-Wert „{value}“ muss die Domain einer Zertifizierungsstelle sein, etwa letsencrypt.org, oder leer, um keine zuzulassen."
        }
        Code::RecordCaaIodefInvalid => {
            "Der iodef-Wert „{value}“ muss eine mailto:-, http:- oder https:-Adresse sein, etwa mailto:security@example.com."
        }
        Code::RecordTxtSplit => {
            "Der Text ist länger als {max} Bytes und wird daher als {count} Zeichenketten gespeichert, die als ein Text gelesen werden."
        }
        Code::RecordValueTooLong => "Der Wert hat {length} Bytes; ein Eintrag fasst höchstens {max}.",
        Code::RecordCnameAndOtherData => {
            "„{name}“ hat einen CNAME-Eintrag und kann daher keine weiteren Einträge haben (hier: {types}). Entfernen Sie den CNAME oder die anderen Einträge."
        }
        Code::RecordTargetIsCname => {
            "„{name}“ ist in dieser Zone ein Alias (CNAME), ein {type}-Eintrag muss aber auf den echten Hostnamen zeigen. Geben Sie den Namen ein, auf den der Alias zeigt."
        }
        Code::RecordCnameLoop => {
            "Der Alias „{name}“ führt über CNAME-Einträge zu sich selbst zurück und erreicht so nie eine Adresse. Lassen Sie ihn auf einen Namen mit A- oder AAAA-Einträgen zeigen."
        }
        Code::RecordTargetWithoutAddress => {
            "„{name}“ liegt in dieser Zone, hat dort aber keinen A- oder AAAA-Eintrag; der {type}-Eintrag zeigt daher ins Leere. Legen Sie die Adresseinträge des Hosts an."
        }
        Code::RecordDuplicate => {
            "Dieser {type}-Eintrag für „{name}“ gleicht Eintrag {position}. Entfernen Sie einen davon."
        }
        Code::LiveUnreachable => {
            native_only!(
                "Der Nameserver „{name}“ ({address}) konnte auf Port {port} nicht zu {domain} befragt werden: {failure}. Prüfen Sie, ob der Server läuft und keine Firewall DNS-Anfragen über UDP und TCP blockiert."
            )
        }
        Code::LiveRefused => {
            native_only!(
                "Der Nameserver „{name}“ ({address}) verweigert Antworten zu {domain}: Die Zone ist auf ihm nicht eingerichtet. Richten Sie zuerst die Zone {domain} auf diesem Server ein, sonst antwortet die Registrierungsstelle „{registryError}“."
            )
        }
        Code::LiveRcode => {
            native_only!(
                "Der Nameserver „{name}“ ({address}) hat die Anfrage zu {domain} mit dem Fehler {rcode} beantwortet. Prüfen Sie die Zone {domain} auf diesem Server (Einstellungen und Zonendatei) und laden Sie sie neu."
            )
        }
        Code::LiveNotAuthoritative => {
            native_only!(
                "Der Nameserver „{name}“ ({address}) antwortet für {domain} nicht autoritativ. Richten Sie ihn als primären oder sekundären Server der Zone {domain} ein, nicht als Resolver oder Forwarder."
            )
        }
        Code::LiveNsSetDiffers => {
            native_only!(
                "Der Nameserver „{name}“ ({address}) nennt {served} als Nameserver von {domain}, der Auftrag aber {ordered}. Gleichen Sie die NS-Einträge der Zone an die Nameserver des Auftrags an."
            )
        }
        Code::LiveSerialsDiffer => {
            native_only!(
                "Die Nameserver von {domain} liefern verschiedene Stände der Zone aus (SOA-Seriennummern: {serials}). Sorgen Sie dafür, dass jeder Server die aktuelle Zone hat, etwa indem Sie die Zonentransfers zu den sekundären Servern prüfen."
            )
        }
        Code::LiveIpv4Missing => {
            native_only!(
                "Die Registrierungsstelle von .{tld} braucht mindestens einen über IPv4 erreichbaren Nameserver, aber alle Adressen dieser Nameserver sind IPv6. Geben Sie mindestens einem Nameserver eine IPv4-Adresse."
            )
        }
        Code::LiveAddressesIdentical => {
            native_only!(
                "Die Registrierungsstelle von .{tld} braucht mindestens einen Nameserver mit einer Adresse, die die anderen nicht haben, aber diese Nameserver nutzen alle dieselben Adressen. Legen Sie mindestens einen davon auf eine eigene Adresse."
            )
        }
        Code::LiveResolveFailed => {
            native_only!(
                "Die Adressen des Nameservers „{name}“ konnten nicht ermittelt werden. Prüfen Sie den Namen auf Tippfehler oder geben Sie seine IP-Adressen im Auftrag an."
            )
        }
        Code::RegistrarSuccess => "Der Registrar hat die Bestellung angenommen.",
        Code::RegistrarPending => {
            "Der Registrar hat die Bestellung angenommen; die Registrierungsstelle schließt sie später ab, was einige Tage dauern kann."
        }
        Code::RegistrarAttributeMissing => {
            "Die Registrierungsstelle benötigt „{fieldLabel}“, aber die Bestellung enthielt diese Angabe nicht. Füllen Sie sie aus und senden Sie die Bestellung erneut."
        }
        Code::RegistrarAttributeInvalid => {
            "Die Registrierungsstelle hat den Wert von „{fieldLabel}“ nicht akzeptiert. Korrigieren Sie ihn und senden Sie die Bestellung erneut."
        }
        Code::RegistrarAttributeNotAccepted => {
            "Die Registrierungsstelle nimmt „{fieldLabel}“ für diese Bestellung nicht an. Die Angabe muss entfallen; danach kann der Shop die Bestellung erneut senden."
        }
        Code::RegistrarValueMissing => {
            "Laut Registrierungsstelle fehlt eine erforderliche Angabe in der Bestellung; sie sagt aber nicht, welche. Prüfen Sie, ob alle Felder der Bestellung ausgefüllt sind."
        }
        Code::RegistrarValueRejected => {
            "Die Registrierungsstelle hat einen Wert der Bestellung nicht akzeptiert und nicht gesagt, welchen. Prüfen Sie die Angaben auf Tippfehler."
        }
        Code::RegistrarContactMissing => {
            "Die Registrierungsstelle benötigt für diesen Namen einen Kontakt „{roleLabel}“, aber die Bestellung enthielt ihn nicht. Vervollständigen Sie die Kontaktdaten und senden Sie die Bestellung erneut."
        }
        Code::RegistrarContactPartMissing => {
            "{roleLabel}: Die Registrierungsstelle benötigt „{partLabel}“, aber die Bestellung enthielt diese Angabe nicht. Füllen Sie sie aus und senden Sie die Bestellung erneut."
        }
        Code::RegistrarContactPartInvalid => {
            "{roleLabel}: Die Registrierungsstelle hat „{partLabel}“ nicht akzeptiert. Korrigieren Sie die Angabe oder lassen Sie sie leer, wenn sie freiwillig ist, und senden Sie die Bestellung erneut."
        }
        Code::RegistrarVatRequired => {
            "{roleLabel}: Die Registrierungsstelle verlangt für eine Organisation eine Umsatzsteuer-ID. Geben Sie die USt-IdNr. der Organisation an oder registrieren Sie als Privatperson ohne Organisationsnamen."
        }
        Code::RegistrarNameserverUnknown => {
            "Der Nameserver „{host}“ existiert bei der Registrierungsstelle nicht. Registrieren Sie ihn zuerst (mit seiner IP-Adresse) beim Registrar seiner eigenen Domain oder wählen Sie einen anderen Nameserver."
        }
        Code::RegistrarNameserversUnknown => {
            "Einer der Nameserver der Bestellung existiert bei der Registrierungsstelle nicht. Prüfen Sie die Namen; registrieren Sie einen neuen Nameserver zuerst oder wählen Sie andere."
        }
        Code::RegistrarNameserverRefused => {
            "Der Nameserver „{host}“ hat die Antwort für {domain} verweigert ({rcode}): Die Zone ist dort nicht eingerichtet. Legen Sie die Zone für {domain} zuerst auf diesem Server an und senden Sie dann die Bestellung erneut."
        }
        Code::RegistrarNameserverNotAuthoritative => {
            "Der Nameserver „{host}“ antwortet für diesen Namen nicht autoritativ: Die Zone ist dort nicht eingerichtet. Legen Sie die Zone zuerst auf diesem Server an und senden Sie dann die Bestellung erneut."
        }
        Code::RegistrarNameserverAddresses => {
            "Die Registrierungsstelle verlangt Nameserver auf mindestens {expected} verschiedenen IP-Adressen; gefunden wurden {found}. Fügen Sie einen Nameserver mit einer anderen Adresse hinzu."
        }
        Code::RegistrarNameserverSetMismatch => {
            "Die in der Zone eingetragenen Nameserver stimmen nicht mit denen der Bestellung überein. Tragen Sie in den NS-Einträgen der Zone genau die Nameserver der Bestellung ein."
        }
        Code::RegistrarNameserverCheckFailed => {
            "Der Nameserver-Test der Registrierungsstelle ist fehlgeschlagen (Test {nastCode}: {nastText}). Prüfen Sie, ob jeder Nameserver der Bestellung die Zone dieses Namens bedient, und senden Sie die Bestellung dann erneut."
        }
        Code::RegistrarGlueMissing => {
            "Ein Nameserver innerhalb dieses Namens braucht seine IP-Adresse in der Bestellung. Geben Sie die IP-Adressen solcher Nameserver an und senden Sie die Bestellung erneut."
        }
        Code::RegistrarObjectInUse => {
            "Das ist nicht möglich, solange andere Domains es noch nutzen (zum Beispiel einen Nameserver, auf den andere Namen zeigen). Ändern Sie zuerst diese Namen."
        }
        Code::RegistrarTransferLocked => {
            "Der Name ist beim bisherigen Registrar gegen Transfers gesperrt. Bitten Sie ihn, die Sperre aufzuheben, oder warten Sie, bis die letzte Registrierung oder der letzte Transfer 60 Tage zurückliegt, und bestellen Sie dann erneut."
        }
        Code::RegistrarTransferNotPossible => {
            "Der Registrar kann diesen Namen jetzt nicht transferieren und hat keinen Grund genannt. Prüfen Sie, ob er entsperrt ist, kein anderer Transfer läuft und der Auth-Code stimmt."
        }
        Code::RegistrarTransferPending => {
            "Für diesen Namen läuft bereits ein Transfer. Warten Sie, bis er abgeschlossen ist."
        }
        Code::RegistrarNoPendingTransfer => {
            "Für diesen Namen läuft kein Transfer, der bestätigt oder abgebrochen werden könnte."
        }
        Code::RegistrarAuthCodeInvalid => {
            "Der Auth-Code für den Transfer stimmt nicht. Fordern Sie beim bisherigen Registrar einen neuen Code an und geben Sie ihn genau so ein."
        }
        Code::RegistrarAuthCodeRequired => {
            "Dieser Transfer benötigt den Auth-Code. Fordern Sie ihn beim bisherigen Registrar oder beim Inhaber an und geben Sie ihn ein."
        }
        Code::RegistrarAuthCodeWeak => {
            "Der neue Auth-Code ist zu einfach: Er braucht mindestens {min} Zeichen, darunter eine Ziffer, einen Buchstaben und ein Sonderzeichen."
        }
        Code::RegistrarAuthorizationFailed => {
            "Der Registrar hat die Anfrage abgelehnt: Entweder ist der Auth-Code falsch oder das Konto des Shops darf dies nicht. Prüfen Sie den Code; stimmt er, wenden Sie sich an den Shop."
        }
        Code::RegistrarIdProtectionNotSupported => {
            "Für diesen Namen kann kein ID-Schutz bestellt werden. Entfernen Sie ihn und senden Sie die Bestellung erneut."
        }
        Code::RegistrarTrusteeNotSupported => {
            "Für diesen Namen gibt es keinen Treuhanddienst (lokale Präsenz). Entfernen Sie ihn aus der Bestellung oder geben Sie einen Inhaber an, der die Regeln der Registrierungsstelle erfüllt."
        }
        Code::RegistrarPremiumClassRequired => {
            "Dies ist ein Premium-Name mit eigenem Preis (Klasse {class}). Bestätigen Sie den Premium-Preis und senden Sie die Bestellung dann erneut."
        }
        Code::RegistrarPremiumFeeUnavailable => {
            "Dieser Premium-Name hat einen Preis, den der Shop nicht automatisch übernehmen kann. Fragen Sie beim Shop ein Angebot an."
        }
        Code::RegistrarPriceMismatch => {
            "Der Preis dieses Premium-Namens hat sich geändert: Die Bestellung nennt {got}, der Registrar verlangt jetzt {expected}. Bestätigen Sie den neuen Preis und bestellen Sie erneut."
        }
        Code::RegistrarPeriodInvalid => {
            "Die Registrierungsstelle akzeptiert diese Laufzeit nicht. Wählen Sie eine andere Anzahl von Jahren."
        }
        Code::RegistrarTermsUnknown => {
            "Der Registrar hat für diesen Namen keine Laufzeiten gefunden; er ist wahrscheinlich falsch geschrieben (zum Beispiel mit einem Gedankenstrich statt eines Bindestrichs). Prüfen Sie den Namen und bestellen Sie erneut."
        }
        Code::RegistrarDomainNotManaged => {
            "Dieser Name wird nicht über das Registrar-Konto des Shops verwaltet. Prüfen Sie den Namen oder transferieren Sie ihn zuerst hierher."
        }
        Code::RegistrarObjectNotFound => {
            "Etwas, worauf sich die Bestellung bezieht (der Name, ein Kontakt oder ein Nameserver), existiert bei der Registrierungsstelle nicht. Prüfen Sie die Namen in der Bestellung."
        }
        Code::RegistrarDomainTaken => {
            "Dieser Name ist bereits registriert. Wählen Sie einen anderen Namen oder transferieren Sie ihn, wenn er Ihnen gehört."
        }
        Code::RegistrarRegistrationRight => {
            "Das Recht, diesen Namen zu registrieren, hat ein anderer Inhaber. Bestellen Sie ihn mit dem berechtigten Inhaber oder wählen Sie einen anderen Namen."
        }
        Code::RegistrarStatusProhibits => {
            "Der aktuelle Status des Namens (eine Sperre, ein Streitfall oder eine laufende Löschung) erlaubt dies nicht. Heben Sie die Sperre beim Registrar auf oder warten Sie und versuchen Sie es erneut."
        }
        Code::RegistrarRenewalNotAllowed => {
            "Dieser Name kann jetzt nicht verlängert werden: Er ist außerhalb seines Verlängerungszeitraums oder wurde gerade verlängert."
        }
        Code::RegistrarActionNotSupported => {
            "Dies wird für Namen mit dieser Endung nicht angeboten. Entfernen Sie es aus der Bestellung."
        }
        Code::RegistrarNeedsTrade => {
            "Diese Angabe kann nicht mit einer Aktualisierung geändert werden; dafür ist ein Inhaberwechsel nötig."
        }
        Code::RegistrarTemporary => {
            "Das System des Registrars konnte die Bestellung gerade nicht annehmen. An der Bestellung ist nichts falsch; versuchen Sie es in einigen Minuten erneut."
        }
        Code::RegistrarShopConfiguration => {
            "Die Bestellung konnte wegen eines Problems in der Einrichtung des Shops nicht gesendet werden, nicht wegen der Bestellung selbst. Bitte wenden Sie sich an den Shop."
        }
        Code::RegistrarUnrecognised => {
            "Diese Antwort des Registrars kennen diese Prüfungen nicht, daher kann sie hier nicht erklärt werden. Bitte wenden Sie sich an den Shop; dort kann man die Antwort lesen."
        }
        Code::RegistrarTextEmpty => "Fügen Sie die Antwort des Registrars ein, um sie erklären zu lassen.",
        Code::RegistrarTextTooLong => {
            "Die Antwort des Registrars hat {actual} Bytes, mehr als die hier gelesenen {max}. Fügen Sie nur den Teil mit dem Fehler ein."
        }
        Code::RegistrarTextInvalid => {
            "Die Antwort des Registrars muss als Text (UTF-8) übergeben werden; gefunden: {found}."
        }
    }
}

/// German names of the scripts most often met in domain names; others keep Unicode's name.
pub(super) fn script_name(unicode_name: &str) -> Option<&'static str> {
    Some(match unicode_name {
        "Arabic" => "Arabisch",
        "Armenian" => "Armenisch",
        "Bengali" => "Bengalisch",
        "Cyrillic" => "Kyrillisch",
        "Devanagari" => "Devanagari",
        "Ethiopic" => "Äthiopisch",
        "Georgian" => "Georgisch",
        "Greek" => "Griechisch",
        "Gujarati" => "Gujarati",
        "Han" => "Chinesisch (Han)",
        "Hangul" => "Koreanisch (Hangul)",
        "Hebrew" => "Hebräisch",
        "Hiragana" => "Hiragana",
        "Katakana" => "Katakana",
        "Khmer" => "Khmer",
        "Lao" => "Laotisch",
        "Latin" => "Lateinisch",
        "Mongolian" => "Mongolisch",
        "Myanmar" => "Birmanisch",
        "Sinhala" => "Singhalesisch",
        "Syriac" => "Syrisch",
        "Tamil" => "Tamilisch",
        "Telugu" => "Telugu",
        "Thaana" => "Thaana",
        "Thai" => "Thailändisch",
        "Tibetan" => "Tibetisch",
        _ => return None,
    })
}
