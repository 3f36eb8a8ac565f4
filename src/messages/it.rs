//! Italian messages.

use crate::code::Code;

pub(super) const fn template(code: Code) -> &'static str {
    match code {
        Code::InputNotAString => {
            "Il dominio va indicato come testo (una stringa); questo valore è di tipo {type}. Passate il nome come stringa."
        }
        Code::InputInvalidUtf8 => {
            "L'input non è testo UTF-8 valido (byte errato alla posizione {position}). Salvatelo o inviatelo in UTF-8."
        }
        Code::InputEmpty => "Inserite un nome a dominio.",
        Code::InputTooLong => {
            "L'input ha {actual} byte, più di quanti ne possa avere un nome a dominio ({max}). Inserite un solo nome, più corto."
        }
        Code::OptionInvalid => "L'opzione {option} ha il valore “{value}”, che non è noto. Usate uno di: {choices}.",
        Code::NameWhitespaceTrimmed => "Gli spazi attorno al nome sono stati rimossi; viene verificato come “{name}”.",
        Code::NameTrailingDotRemoved => "Il punto finale è stato rimosso; il nome viene verificato come “{name}”.",
        Code::NameMapped => {
            "“{name}” si scrive “{mapped}” nel DNS (minuscole, larghezza normale); è la forma che verrà usata."
        }
        Code::NameMappedCompat => {
            "“{label}” contiene caratteri che vengono sostituiti alla registrazione: verrebbe registrato come “{mapped}”. Verificate che sia il nome voluto, o scrivetelo così."
        }
        Code::NameEmptyLabel => {
            "Il nome “{name}” ha una parte vuota (due punti di seguito, o un punto all'inizio). Togliete il punto in più."
        }
        Code::NameLabelTooLong => {
            "La parte “{label}” è lunga {length} caratteri nella forma registrata (ASCII); ne sono ammessi al massimo {max}. Accorciatela."
        }
        Code::NameLabelTooShort => {
            "Il nome deve avere almeno {min} caratteri prima di .{tld} (“{label}” ne ha {actual}). Scegliete un nome più lungo."
        }
        Code::NameTooLong => {
            "Il nome intero è lungo {length} caratteri nella forma registrata (ASCII); ne sono ammessi al massimo {max}. Usate meno parti o parti più corte."
        }
        Code::NameLeadingHyphen => {
            "La parte “{label}” inizia con un trattino. Un trattino può stare solo tra lettere o cifre; toglietelo dall'inizio."
        }
        Code::NameTrailingHyphen => {
            "La parte “{label}” finisce con un trattino. Un trattino può stare solo tra lettere o cifre; toglietelo dalla fine."
        }
        Code::NameHyphens34 => {
            "La parte “{label}” ha trattini in terza e quarta posizione, riservate ai nomi internazionali codificati (xn--). Spostate o togliete un trattino."
        }
        Code::NameInvalidCharacter => {
            "La parte “{label}” contiene “{char}” ({codepoint}) alla posizione {position}. Sono ammessi solo lettere, cifre e trattini; toglietelo o sostituitelo."
        }
        Code::NameSpace => {
            "La parte “{words}” contiene uno spazio alla posizione {position}. I nomi a dominio non possono contenere spazi; toglietelo o unite le parole con un trattino."
        }
        Code::NameWebAddress => {
            "“{input}” è un indirizzo web (URL), non un nome a dominio. Inserite solo il nome: “{host}”."
        }
        Code::NameIpAddress => {
            "“{input}” è un indirizzo IP, non un nome a dominio. Inserite invece il nome del dominio, per esempio example.com."
        }
        Code::NameUnderscore => {
            "La parte “{label}” contiene un trattino basso alla posizione {position}. I trattini bassi sono ammessi solo nei nomi dei record DNS come _dmarc, non nei nomi a dominio o di host; usate un trattino."
        }
        Code::NameDisallowedCharacter => {
            "La parte “{label}” contiene “{char}” ({codepoint}) alla posizione {position}, che non è ammesso nei nomi a dominio. Toglietelo o sostituitelo."
        }
        Code::NameLeadingCombiningMark => {
            "La parte “{label}” inizia con il segno combinante {codepoint}, che deve seguire una lettera. Toglietelo o mettete prima la lettera."
        }
        Code::NameJoinerContext => {
            "La parte “{label}” contiene il carattere di unione invisibile {codepoint} dove non è ammesso. Toglietelo."
        }
        Code::NameBidi => {
            "La parte “{label}” mescola testo da destra a sinistra e da sinistra a destra in un modo non ammesso nei nomi a dominio. Scrivetela in una sola direzione, o controllate l'ordine di lettere e cifre."
        }
        Code::NameIdnaInvalid => {
            "La parte “{label}” non può essere convertita in un nome a dominio internazionalizzato. Riscrivetela senza simboli né caratteri invisibili."
        }
        Code::NamePunycodeInvalid => {
            "La parte “{label}” inizia con xn-- ma non è un nome internazionale codificato valido. Scrivete invece il nome con le sue lettere normali."
        }
        Code::NamePunycodeNotCanonical => {
            "La parte codificata “{label}” sta per “{decoded}”, che non è scritto come i registri si aspettano; la forma corretta è “{expected}” (“{expectedUnicode}”). Usate quella."
        }
        Code::NameNumericTld => {
            "L'estensione “.{tld}” è composta solo da cifre; nessuna estensione lo è. Controllate l'estensione dopo l'ultimo punto."
        }
        Code::NameIdna2008Disallowed => {
            "La parte “{label}” contiene “{char}” ({codepoint}) alla posizione {position}. I registri seguono IDNA2008, che ammette lettere, cifre e accenti ma non simboli, emoji o punteggiatura. Toglietelo o sostituitelo."
        }
        Code::NameContextMiddleDot => {
            "La parte “{label}” contiene un punto mediano “·” (U+00B7) alla posizione {position}; è ammesso solo tra due l, come nel catalano “l·l”. Toglietelo."
        }
        Code::NameContextKeraia => {
            "La parte “{label}” contiene il segno numerale greco “͵” (U+0375) alla posizione {position}; deve essere seguito da una lettera greca. Toglietelo o aggiungete la lettera."
        }
        Code::NameContextHebrewPunctuation => {
            "La parte “{label}” contiene il segno ebraico “{char}” ({codepoint}) alla posizione {position}; deve seguire una lettera ebraica. Toglietelo o aggiungete la lettera."
        }
        Code::NameContextKatakanaMiddleDot => {
            "La parte “{label}” contiene il punto mediano katakana “・” (U+30FB) ma nessun carattere giapponese o cinese, di cui ha bisogno. Toglietelo."
        }
        Code::NameContextArabicDigits => {
            "La parte “{label}” mescola cifre arabo-indiane e cifre arabo-indiane estese (persiane); “{char}” ({codepoint}) alla posizione {position} appartiene all'altra serie. Usate cifre di una sola serie."
        }
        Code::NameMixedScript => {
            "La parte “{label}” mescola lettere di scritture diverse ({scripts}). I registri rifiutano questi nomi perché possono imitarne altri; scrivetela in una sola scrittura."
        }
        Code::NameLookalike => {
            "La parte “{label}” è scritta in lettere della scrittura {script} ma somiglia al latino “{lookalike}”. Verificate che sia il nome voluto: i visitatori possono confonderli."
        }
        Code::NameDeviation => {
            "“{name}” contiene ß, ς o un carattere di unione invisibile. I software più vecchi (IDNA2003) lo trasformano in “{alternative}” ({alternativeAscii}) invece di {ascii}, e sotto .{tld} sono due nomi diversi. Fate in modo che entrambi portino a voi: registrate o configurate anche l'altro."
        }
        Code::ZoneUnknownTld => "L'estensione “.{tld}” non esiste. Controllate come è scritta dopo l'ultimo punto.",
        Code::ZoneSpecialUse => {
            "I nomi che finiscono in “.{tld}” sono riservati a usi speciali e non possono essere registrati presso alcun registro. Scegliete un'estensione pubblica."
        }
        Code::ZoneRegistryZone => {
            "“{zone}” è un'estensione gestita da un registro; aggiungete il vostro nome davanti (per esempio vostronome.{zone})."
        }
        Code::ZoneSubdomain => {
            "Presso il registro di .{zone} si può registrare solo “{registrable}”; “{name}” ne è un sottodominio. Registrate “{registrable}” e create il sottodominio nel suo DNS."
        }
        Code::ZoneScriptNotAllowed => {
            "Il registro di .{tld} non accetta lettere della scrittura {script}, e “{label}” è scritto con esse. Scrivete il nome con lettere che il registro accetta."
        }
        Code::ZoneCharacterNotAllowed => {
            "Il registro di .{tld} non accetta “{char}” ({codepoint}) alla posizione {position} di “{label}”; non è nel suo elenco di caratteri ammessi. Sostituitelo con una lettera accettata."
        }
        Code::ZoneIdnTableUnknown => {
            "“{label}” è stato verificato secondo IDNA2008 e per una sola scrittura; il registro di .{tld} può accettare meno caratteri. Consultate la sua tabella dei caratteri prima di ordinare."
        }
        Code::OrderInvalid => {
            "Non è stato possibile leggere l'ordine: {detail}. Inviate un oggetto con le chiavi del formato d'ordine."
        }
        Code::OrderActionInvalid => "L'azione “{value}” non è nota. Usate una di: {choices}.",
        Code::OrderContactTypeInvalid => "Il tipo di contatto “{value}” non è noto. Usate individual o organization.",
        Code::OrderCountryInvalid => {
            "“{value}” non è un codice di paese. Usate il codice ISO di due lettere, per esempio DE, DK o IT."
        }
        Code::OrderEmailInvalid => {
            "“{value}” non è un indirizzo e-mail valido. Controllate che non ci siano errori di battitura."
        }
        Code::OrderFieldRequired => "“{fieldLabel}” è obbligatorio per questo ordine. Compilatelo.",
        Code::OrderFieldOptionInvalid => "“{value}” non è una scelta di “{fieldLabel}”. Usate una di: {choices}.",
        Code::OrderFieldFormatInvalid => {
            "“{value}” non è un valore valido per “{fieldLabel}” ({reason}). Confrontatelo con il documento da cui proviene."
        }
        Code::OrderFieldNormalized => "“{fieldLabel}” verrà inviato come “{sent}” (inserito come “{value}”).",
        Code::OrderFieldOmitted => {
            "“{fieldLabel}” non viene inviato per questo ordine, perché il registro qui non lo accetta."
        }
        Code::OrderFieldUnknown => "Il campo “{field}” non è noto per .{tld}; viene trasmesso senza verifica.",
        Code::OrderContactValueMissing
        | Code::OrderContactValueUnexpected
        | Code::OrderContactValueInvalid
        | Code::OrderRuleViolated
        | Code::OrderRegistryNote => "{explanation}",
        Code::OrderContactMissing => "{roleLabel}: manca «{partLabel}». Compilate il campo.",
        Code::OrderContactTooLong => {
            "{roleLabel}: «{partLabel}» ha {length} caratteri; i registri ne accettano al massimo {max}. Accorciatelo."
        }
        Code::OrderStreetTooManyLines => {
            "{roleLabel}: l'indirizzo ha {count} righe; se ne possono inviare al massimo {max}. Unitene alcune."
        }
        Code::OrderPostalCodeInvalid => {
            "{roleLabel}: «{value}» non è un valore valido di «{partLabel}» per il paese «{country}». Si scrive come «{example}»."
        }
        Code::OrderPostalCodeStateMismatch => {
            "{roleLabel}: «{value}» («{partLabel}») non appartiene a {state}. Controllate «{partLabel}» e «{stateLabel}»."
        }
        Code::OrderStateInvalid => {
            "{roleLabel}: «{value}» non è un valore di «{partLabel}» per il paese «{country}». Sceglietene uno dall'elenco, ad es. {example}."
        }
        Code::OrderPhoneInvalid => {
            "{roleLabel}: «{value}» non è un numero valido per «{partLabel}» ({reason}). Scrivetelo con il prefisso internazionale, ad es. {example}."
        }
        Code::OrderContactNormalized => {
            "{roleLabel}: «{partLabel}» sarà inviato come «{sent}» (inserito come «{value}»)."
        }
        Code::OrderPeriodNotAllowed => {
            "La durata «{period}» (anni) non è disponibile per questo ordine di un nome .{tld}; il registro offre queste durate, in anni: {allowed}. Sceglietene una."
        }
        Code::OrderAuthCodeRequired => {
            "Il trasferimento di un nome .{tld} richiede il codice di autorizzazione (auth code) rilasciato dal registrar attuale. Inseritelo."
        }
        Code::OrderAuthCodeNotUsed => {
            "I trasferimenti di nomi .{tld} non usano un codice di autorizzazione; il codice indicato non sarà inviato."
        }
        Code::OrderTransferTag => {
            "Un nome .{tld} si trasferisce senza codice: chiedete al registrar attuale di cambiare il tag del nome in {tag}."
        }
        Code::OrderTransferLocked => {
            "Il nome è stato registrato o trasferito meno di {days} giorni fa; il registrar attuale può rifiutare un trasferimento fino al {date}."
        }
        Code::OrderDateInvalid => "«{value}» non è una data nel formato AAAA-MM-GG (per esempio 2026-03-01).",
        Code::OrderIdProtectionNotSupported => {
            "La protezione dell'identità non può essere ordinata per questo nome .{tld}. Toglietela dall'ordine."
        }
        Code::OrderIdProtectionUnverified => {
            "Qui non è noto se per i nomi .{tld} si possa ordinare la protezione dell'identità; il registrar può rifiutare l'ordine che la include. Nel dubbio, toglietela."
        }
        Code::OrderIdProtectionRegistry => {
            "Il registro del .{tld} nasconde da sé i dati dell'assegnatario; la protezione dell'identità non serve e non sarà ordinata."
        }
        Code::OrderTrusteeNotSupported => {
            "Non esiste un servizio fiduciario (presenza locale) per i nomi .{tld}. Toglietelo dall'ordine."
        }
        Code::OrderNameserversNotApplied => {
            "Un trasferimento non cambia i nameserver: impostateli quando il trasferimento è concluso."
        }
        Code::OrderBundledZone => {
            "Un nome .{tld} viene registrato insieme allo stesso nome sotto .{bundled}; entrambi fanno parte di questo ordine."
        }
        Code::OrderPremiumConfirm => {
            "Questo è un nome premium (classe di prezzo «{class}»): si applica il suo prezzo premium. Confermate il prezzo prima di ordinare."
        }
        Code::OrderPremiumClassRequired => {
            "Un nome premium richiede la sua classe di prezzo per questo ordine, come l'ha restituita la verifica di disponibilità del registrar."
        }
        Code::OrderZoneFactsGeneric => {
            "Le regole d'ordine del .{tld} non sono note in dettaglio: sono state applicate le regole generali, e le condizioni del registro possono essere diverse."
        }
        Code::OrderNameserverCount => {
            "Il registro di .{tld} accetta da {min} a {max} nameserver; l'ordine ne ha {count}."
        }
        Code::OrderNameserverDuplicate => "Il nameserver “{name}” compare due volte. Toglietene uno.",
        Code::OrderNameserverIsAddress => {
            "“{name}” è un indirizzo IP, ma un nameserver si indica con il suo nome host (per esempio ns1.example.net). Inserite il nome, e l'indirizzo come glue se il nome è sotto il vostro dominio."
        }
        Code::OrderNameserverIsUrl => {
            "“{name}” è un indirizzo web; un nameserver si indica solo con il suo nome host (per esempio ns1.example.net)."
        }
        Code::OrderNameserverInvalid => "Il nameserver “{name}” non è un nome host valido: {problem}",
        Code::OrderGlueInvalid => {
            "“{address}” non è un indirizzo IPv4 o IPv6. Controllate che non ci siano errori di battitura."
        }
        Code::OrderGlueSpecialPurpose => {
            "“{address}” non è un indirizzo pubblico ({range}); nessun registro lo accetta per un nameserver. Usate l'indirizzo pubblico del server."
        }
        Code::OrderGlueMissing => {
            "Il nameserver “{name}” si trova dentro {domain}, quindi il registro ha bisogno dei suoi indirizzi IP (glue). Inseritene almeno uno."
        }
        Code::OrderGlueUnneeded => {
            "“{name}” si trova fuori da {domain}; i suoi indirizzi vengono dalla sua zona, e il registro ignora o rifiuta la glue. Lasciate vuoti gli indirizzi."
        }
        Code::OrderNameserverIpv4Missing => {
            "Il registro di .{tld} richiede almeno un nameserver raggiungibile in IPv4; tutti gli indirizzi indicati sono IPv6."
        }
        Code::OrderNameserverAddressesIdentical => {
            "Il registro di .{tld} richiede almeno un nameserver con un indirizzo che gli altri non hanno; questi nameserver usano tutti gli stessi indirizzi."
        }
        Code::OrderHintHostSequence => {
            "I nameserver dentro {domain} sono oggetti host presso il registro di .{tld}, che si possono creare solo dopo il dominio: registrate il dominio con altri nameserver (o nessuno), create gli host con i loro indirizzi, poi passate a essi. Altrimenti il registro risponde “{registryError}”."
        }
        Code::OrderHintSiblingHost => {
            "“{name}” deve già esistere come host presso il registro di .{tld}; solo il registrar del suo dominio può crearlo. Altrimenti il registro risponde “{registryError}”."
        }
        Code::OrderHintHostObject => {
            "“{name}” deve esistere come host presso il registro di .{tld}; di solito il registrar lo crea, senza indirizzi. Altrimenti il registro risponde “{registryError}”."
        }
        Code::OrderHintZoneMustBeServed => {
            "Il registro di .{tld} verifica il DNS prima di delegare {domain}: i nameserver devono già servire la zona e rispondere in modo autorevole. Configurate prima la zona, altrimenti il registro risponde “{registryError}”."
        }
        Code::OrderHintNsentry => {
            "Se nessun nameserver può ancora servire la zona, il registro di .{tld} accetta anche, al posto dei nameserver, fino a 5 record A, AAAA o MX inseriti direttamente nella sua zona (NSentry); non vengono verificati nel DNS."
        }
        Code::RecordInvalid => "Non è stato possibile leggere il record: {detail}.",
        Code::RecordZoneInvalid => "La zona “{zone}” non è un nome di dominio valido: {problem}",
        Code::RecordTypeUnsupported => {
            "Il tipo di record “{type}” non è supportato qui. Usate uno di questi: {choices}."
        }
        Code::RecordNameDoubleZone => {
            "“{name}” termina già con la zona, quindi viene salvato {fqdn}; un file di zona lo leggerebbe come {literal}, lettura che l'opzione literal mantiene."
        }
        Code::RecordNameOutsideZone => {
            "“{name}” non è nella zona {zone}. Inserite un nome di questa zona, oppure togliete il punto finale perché sia relativo."
        }
        Code::RecordUrlStripped => "“{input}” è un indirizzo web; viene usato solo il suo nome host {name}.",
        Code::RecordNameIsAddress => {
            "“{name}” è un indirizzo IP. Il nome di un record è un nome host come www; l'indirizzo va nel valore di un record A o AAAA."
        }
        Code::RecordTargetIsAddress => {
            "“{name}” è un indirizzo IP, ma questo record punta a un nome host. Create un record A o AAAA per un nome (per esempio mail) e inserite qui quel nome."
        }
        Code::RecordTargetProbablyAbsolute => {
            "“{name}” termina con un dominio di primo livello, quindi si usa {fqdn}; relativo alla zona sarebbe {literal}. Terminate il nome con un punto per renderlo esplicito."
        }
        Code::RecordTargetWildcard => {
            "“{name}” è un nome jolly (wildcard); un alias deve puntare a un nome reale. Inserite il nome che l'alias rappresenta."
        }
        Code::RecordOwnerNotHostName => {
            "“{name}” contiene un trattino basso e quindi non è un nome host; i record {type} appartengono di solito a nomi host. Controllate il nome."
        }
        Code::RecordValueMissing => "Inserite il valore del record {type}.",
        Code::RecordValueFormat => "Il valore del record {type} ha la forma “{form}”, per esempio “{example}”.",
        Code::RecordEscapeInvalid => {
            "“{escape}” alla posizione {position} non è un escape valido: una barra rovesciata precede tre cifre per un byte da 000 a 255, oppure un carattere che non è una cifra. Scrivete invece “{fix}” (“\\\\” è la barra rovesciata stessa)."
        }
        Code::RecordNumberOutOfRange => "Il valore {field} “{value}” deve essere un numero intero da {min} a {max}.",
        Code::RecordAddressInvalid => {
            "“{value}” non è un indirizzo valido per un record {type}. Controllate che non ci siano errori di battitura."
        }
        Code::RecordAddressFamily => "“{value}” va in un record {other}, non in un record {type}.",
        Code::RecordAddressNotPublic => {
            "“{value}” non è un indirizzo pubblico ({range}); i visitatori da internet non possono raggiungerlo."
        }
        Code::RecordCnameAtApex => {
            "Un record CNAME non può stare all'apice della zona {zone}, dove si trovano i record SOA e NS. Usate lì record A/AAAA o il record ALIAS del vostro fornitore."
        }
        Code::RecordNullMx => "Questo record MX dice che il dominio non accetta e-mail (null MX).",
        Code::RecordSrvOwner => {
            "Il nome di un record SRV inizia con il servizio e il protocollo, per esempio _sip._tcp; “{name}” no."
        }
        Code::RecordCaaTagInvalid => "Il tag CAA “{tag}” deve avere da 1 a 255 lettere e cifre, per esempio issue.",
        Code::RecordCaaTagUnknown => {
            "Le autorità di certificazione non conoscono il tag CAA “{tag}”. Tag noti: {choices}."
        }
        Code::RecordCaaIssuerInvalid => {
            "Il valore {tag} “{value}” deve essere il dominio di un'autorità di certificazione, per esempio letsencrypt.org, oppure vuoto per non ammetterne nessuna."
        }
        Code::RecordCaaIodefInvalid => {
            "Il valore iodef “{value}” deve essere un indirizzo mailto:, http: o https:, per esempio mailto:security@example.com."
        }
        Code::RecordTxtSplit => {
            "Il testo supera {max} byte, quindi viene salvato in {count} stringhe, lette come un unico testo."
        }
        Code::RecordValueTooLong => "Il valore ha {length} byte; un record ne contiene al massimo {max}.",
        Code::RecordCnameAndOtherData => {
            "“{name}” ha un record CNAME e quindi non può avere altri record (qui: {types}). Togliete il CNAME o gli altri record."
        }
        Code::RecordTargetIsCname => {
            "“{name}” è un alias (CNAME) in questa zona, ma un record {type} deve puntare al vero nome host. Inserite il nome a cui punta l'alias."
        }
        Code::RecordCnameLoop => {
            "L'alias “{name}” torna a sé stesso attraverso record CNAME e quindi non raggiunge mai un indirizzo. Fatelo puntare a un nome con record A o AAAA."
        }
        Code::RecordTargetWithoutAddress => {
            "“{name}” è in questa zona ma non vi ha record A o AAAA, quindi il record {type} non porta da nessuna parte. Aggiungete i record di indirizzo dell'host."
        }
        Code::RecordDuplicate => "Questo record {type} per “{name}” è uguale al record {position}. Toglietene uno.",
        Code::LiveUnreachable => {
            native_only!(
                "Non è stato possibile interrogare il nameserver “{name}” ({address}) su {domain} alla porta {port}: {failure}. Verificate che il server sia in funzione e che nessun firewall blocchi le richieste DNS via UDP e TCP."
            )
        }
        Code::LiveRefused => {
            native_only!(
                "Il nameserver “{name}” ({address}) rifiuta di rispondere per {domain}: la zona non è configurata su di esso. Create prima la zona {domain} su questo server, altrimenti il registro risponde “{registryError}”."
            )
        }
        Code::LiveRcode => {
            native_only!(
                "Il nameserver “{name}” ({address}) ha risposto alla richiesta su {domain} con l'errore {rcode}. Controllate la zona {domain} su questo server (configurazione e file di zona) e ricaricatela."
            )
        }
        Code::LiveNotAuthoritative => {
            native_only!(
                "Il nameserver “{name}” ({address}) non risponde in modo autorevole per {domain}. Configuratelo come server primario o secondario della zona {domain}, non come resolver o forwarder."
            )
        }
        Code::LiveNsSetDiffers => {
            native_only!(
                "Il nameserver “{name}” ({address}) indica {served} come nameserver di {domain}, ma l'ordine indica {ordered}. Allineate i record NS della zona ai nameserver dell'ordine."
            )
        }
        Code::LiveSerialsDiffer => {
            native_only!(
                "I nameserver di {domain} servono versioni diverse della zona (numeri di serie SOA: {serials}). Assicuratevi che ogni server abbia la zona aggiornata, ad esempio controllando i trasferimenti verso i server secondari."
            )
        }
        Code::LiveIpv4Missing => {
            native_only!(
                "Il registro di .{tld} richiede almeno un nameserver raggiungibile in IPv4, ma tutti gli indirizzi di questi nameserver sono IPv6. Date un indirizzo IPv4 ad almeno un nameserver."
            )
        }
        Code::LiveAddressesIdentical => {
            native_only!(
                "Il registro di .{tld} richiede almeno un nameserver con un indirizzo che gli altri non hanno, ma questi nameserver usano tutti gli stessi indirizzi. Spostate almeno uno di essi su un indirizzo proprio."
            )
        }
        Code::LiveResolveFailed => {
            native_only!(
                "Non è stato possibile trovare gli indirizzi del nameserver “{name}”. Controllate che il nome sia scritto correttamente, oppure indicate i suoi indirizzi IP nell'ordine."
            )
        }
        Code::RegistrarSuccess => "Il registrar ha accettato l'ordine.",
        Code::RegistrarPending => {
            "Il registrar ha accettato l'ordine; il registro lo completa più tardi, il che può richiedere alcuni giorni."
        }
        Code::RegistrarAttributeMissing => {
            "Il registro richiede “{fieldLabel}”, che l'ordine non conteneva. Compilate il campo e inviate di nuovo l'ordine."
        }
        Code::RegistrarAttributeInvalid => {
            "Il registro non ha accettato il valore di “{fieldLabel}”. Correggetelo e inviate di nuovo l'ordine."
        }
        Code::RegistrarAttributeNotAccepted => {
            "Il registro non accetta “{fieldLabel}” per questo ordine. Il campo va tolto; dopodiché il negozio potrà inviare di nuovo l'ordine."
        }
        Code::RegistrarValueMissing => {
            "Il registro segnala che manca un dato obbligatorio dell'ordine, ma non dice quale. Controllate che tutti i campi siano compilati."
        }
        Code::RegistrarValueRejected => {
            "Il registro non ha accettato un valore dell'ordine e non ha detto quale. Controllate i dati dell'ordine."
        }
        Code::RegistrarContactMissing => {
            "Il registro richiede il “{roleLabel}” per questo nome, che l'ordine non conteneva. Completate i dati di contatto e inviate di nuovo l'ordine."
        }
        Code::RegistrarContactPartMissing => {
            "{roleLabel}: il registro richiede “{partLabel}”, che l'ordine non conteneva. Compilate il campo e inviate di nuovo l'ordine."
        }
        Code::RegistrarContactPartInvalid => {
            "{roleLabel}: il registro non ha accettato “{partLabel}”. Correggete il campo, o lasciatelo vuoto se è facoltativo, e inviate di nuovo l'ordine."
        }
        Code::RegistrarVatRequired => {
            "{roleLabel}: il registro richiede la partita IVA per un'organizzazione. Indicate la partita IVA dell'organizzazione, oppure registrate come persona fisica senza nome di organizzazione."
        }
        Code::RegistrarNameserverUnknown => {
            "Il nameserver “{host}” non esiste presso il registro. Registratelo prima (con il suo indirizzo IP) presso il registrar del suo dominio, oppure scegliete un altro nameserver."
        }
        Code::RegistrarNameserversUnknown => {
            "Uno dei nameserver dell'ordine non esiste presso il registro. Controllate i nomi; registrate prima un nuovo nameserver, oppure sceglietene altri."
        }
        Code::RegistrarNameserverRefused => {
            "Il nameserver “{host}” ha rifiutato di rispondere per {domain} ({rcode}): la zona non vi è configurata. Create prima la zona di {domain} su quel server, poi inviate di nuovo l'ordine."
        }
        Code::RegistrarNameserverNotAuthoritative => {
            "Il nameserver “{host}” non risponde in modo autorevole per questo nome: la zona non vi è configurata. Create prima la zona su quel server, poi inviate di nuovo l'ordine."
        }
        Code::RegistrarNameserverAddresses => {
            "Il registro richiede nameserver su almeno {expected} indirizzi IP diversi; ne ha trovati {found}. Aggiungete un nameserver su un altro indirizzo."
        }
        Code::RegistrarNameserverSetMismatch => {
            "I nameserver indicati nella zona non corrispondono a quelli dell'ordine. Fate in modo che i record NS della zona elenchino esattamente i nameserver dell'ordine."
        }
        Code::RegistrarNameserverCheckFailed => {
            "Il test dei nameserver del registro non è riuscito (test {nastCode}: {nastText}). Controllate che ogni nameserver dell'ordine serva la zona di questo nome, poi inviate di nuovo l'ordine."
        }
        Code::RegistrarGlueMissing => {
            "Un nameserver all'interno di questo nome richiede il suo indirizzo IP nell'ordine. Indicate gli indirizzi IP di tali nameserver e inviate di nuovo l'ordine."
        }
        Code::RegistrarObjectInUse => {
            "Non è possibile finché altri domini lo usano ancora (per esempio un nameserver a cui puntano altri nomi). Spostate prima quei nomi."
        }
        Code::RegistrarTransferLocked => {
            "Il nome è bloccato contro i trasferimenti presso il registrar attuale. Chiedetegli di togliere il blocco, oppure attendete che l'ultima registrazione o l'ultimo trasferimento risalga ad almeno 60 giorni fa, poi ordinate di nuovo."
        }
        Code::RegistrarTransferNotPossible => {
            "Il registrar non può trasferire ora questo nome e non ha detto perché. Controllate che sia sbloccato, che non sia in corso un altro trasferimento e che il codice di autorizzazione sia corretto."
        }
        Code::RegistrarTransferPending => "È già in corso un trasferimento di questo nome. Attendete che sia concluso.",
        Code::RegistrarNoPendingTransfer => {
            "Non è in corso alcun trasferimento di questo nome da approvare o annullare."
        }
        Code::RegistrarAuthCodeInvalid => {
            "Il codice di autorizzazione (auth code) non è corretto. Chiedete un nuovo codice al registrar attuale e inseritelo esattamente."
        }
        Code::RegistrarAuthCodeRequired => {
            "Questo trasferimento richiede il codice di autorizzazione (auth code). Chiedetelo al registrar attuale o all'assegnatario e inseritelo."
        }
        Code::RegistrarAuthCodeWeak => {
            "Il nuovo codice di autorizzazione è troppo semplice: servono almeno {min} caratteri, con una cifra, una lettera e un carattere speciale."
        }
        Code::RegistrarAuthorizationFailed => {
            "Il registrar ha rifiutato la richiesta: o il codice di autorizzazione è errato, o l'account del negozio non è autorizzato. Controllate il codice; se è corretto, contattate il negozio."
        }
        Code::RegistrarIdProtectionNotSupported => {
            "La protezione dell'identità non può essere ordinata per questo nome. Toglietela dall'ordine e inviate di nuovo l'ordine."
        }
        Code::RegistrarTrusteeNotSupported => {
            "Non esiste un servizio fiduciario (presenza locale) per questo nome. Toglietelo dall'ordine, oppure indicate un assegnatario che rispetti le regole del registro."
        }
        Code::RegistrarPremiumClassRequired => {
            "È un nome premium con un prezzo proprio (classe {class}). Confermate il prezzo premium, poi inviate di nuovo l'ordine."
        }
        Code::RegistrarPremiumFeeUnavailable => {
            "Questo nome premium ha un prezzo che il negozio non può applicare automaticamente. Chiedete un preventivo al negozio."
        }
        Code::RegistrarPriceMismatch => {
            "Il prezzo di questo nome premium è cambiato: l'ordine indica {got}, il registrar ora chiede {expected}. Confermate il nuovo prezzo e ordinate di nuovo."
        }
        Code::RegistrarPeriodInvalid => "Il registro non accetta questa durata. Scegliete un altro numero di anni.",
        Code::RegistrarTermsUnknown => {
            "Il registrar non ha trovato durate di registrazione per questo nome, che quindi è probabilmente scritto male (per esempio con una lineetta invece del trattino). Controllate il nome e ordinate di nuovo."
        }
        Code::RegistrarDomainNotManaged => {
            "Questo nome non è gestito dall'account registrar del negozio. Controllate il nome, oppure trasferitelo prima qui."
        }
        Code::RegistrarObjectNotFound => {
            "Un elemento a cui l'ordine fa riferimento (il nome, un contatto o un nameserver) non esiste presso il registro. Controllate i nomi nell'ordine."
        }
        Code::RegistrarDomainTaken => {
            "Questo nome è già registrato. Scegliete un altro nome, oppure trasferitelo se è vostro."
        }
        Code::RegistrarRegistrationRight => {
            "Il diritto di registrare questo nome appartiene a un altro assegnatario. Ordinatelo con l'assegnatario che ne ha il diritto, oppure scegliete un altro nome."
        }
        Code::RegistrarStatusProhibits => {
            "Lo stato attuale del nome (un blocco, una contestazione o una cancellazione in corso) non lo consente. Togliete il blocco presso il registrar, oppure attendete, e riprovate."
        }
        Code::RegistrarRenewalNotAllowed => {
            "Questo nome non può essere rinnovato ora: è fuori dal periodo di rinnovo, oppure è appena stato rinnovato."
        }
        Code::RegistrarActionNotSupported => {
            "Questo non è offerto per i nomi con questa estensione. Toglietelo dall'ordine."
        }
        Code::RegistrarNeedsTrade => {
            "Questo dato non può essere modificato con un aggiornamento; serve un cambio di assegnatario."
        }
        Code::RegistrarTemporary => {
            "Il sistema del registrar non ha potuto accettare l'ordine in questo momento. L'ordine è corretto; riprovate tra qualche minuto."
        }
        Code::RegistrarShopConfiguration => {
            "L'ordine non è stato inviato per un problema nella configurazione del negozio, non nell'ordine. Contattate il negozio."
        }
        Code::RegistrarUnrecognised => {
            "Questa risposta del registrar non è nota a questi controlli, quindi non può essere spiegata qui. Contattate il negozio, che può leggere la risposta."
        }
        Code::RegistrarTextEmpty => "Incollate la risposta del registrar per farla spiegare.",
        Code::RegistrarTextTooLong => {
            "La risposta del registrar ha {actual} byte, più dei {max} letti qui. Incollate solo la parte con l'errore."
        }
        Code::RegistrarTextInvalid => {
            "La risposta del registrar deve essere fornita come testo (UTF-8); trovato: {found}."
        }
    }
}
