//! French messages.

use crate::code::Code;

pub(super) const fn template(code: Code) -> &'static str {
    match code {
        Code::InputNotAString => {
            "Le domaine doit être donné sous forme de texte (une chaîne) ; cette valeur est de type {type}. Passez le nom comme chaîne."
        }
        Code::InputInvalidUtf8 => {
            "L'entrée n'est pas un texte UTF-8 valide (octet invalide à la position {position}). Enregistrez-la ou envoyez-la en UTF-8."
        }
        Code::InputEmpty => "Veuillez saisir un nom de domaine.",
        Code::InputTooLong => {
            "L'entrée compte {actual} octets, plus qu'aucun nom de domaine ne peut en avoir ({max}). Saisissez un seul nom, plus court."
        }
        Code::OptionInvalid => {
            "L'option {option} a la valeur « {value} », qui n'est pas connue. Utilisez l'une des valeurs suivantes : {choices}."
        }
        Code::NameWhitespaceTrimmed => {
            "Les espaces autour du nom ont été supprimés ; il est vérifié sous la forme « {name} »."
        }
        Code::NameTrailingDotRemoved => "Le point final a été supprimé ; le nom est vérifié sous la forme « {name} ».",
        Code::NameMapped => {
            "« {name} » s'écrit « {mapped} » dans le DNS (minuscules, largeur normale) ; c'est la forme qui sera utilisée."
        }
        Code::NameMappedCompat => {
            "« {label} » contient des caractères remplacés à l'enregistrement : il serait enregistré sous la forme « {mapped} ». Vérifiez que c'est bien le nom voulu, ou saisissez-le ainsi."
        }
        Code::NameEmptyLabel => {
            "Le nom « {name} » a une partie vide (deux points de suite, ou un point au début). Supprimez le point en trop."
        }
        Code::NameLabelTooLong => {
            "La partie « {label} » compte {length} caractères sous sa forme enregistrée (ASCII) ; {max} au plus sont permis. Raccourcissez-la."
        }
        Code::NameLabelTooShort => {
            "Le nom doit avoir au moins {min} caractères avant .{tld} (« {label} » en a {actual}). Choisissez un nom plus long."
        }
        Code::NameTooLong => {
            "Le nom entier compte {length} caractères sous sa forme enregistrée (ASCII) ; {max} au plus sont permis. Utilisez moins de parties, ou des parties plus courtes."
        }
        Code::NameLeadingHyphen => {
            "La partie « {label} » commence par un trait d'union. Un trait d'union ne peut se trouver qu'entre des lettres ou des chiffres ; supprimez-le au début."
        }
        Code::NameTrailingHyphen => {
            "La partie « {label} » se termine par un trait d'union. Un trait d'union ne peut se trouver qu'entre des lettres ou des chiffres ; supprimez-le à la fin."
        }
        Code::NameHyphens34 => {
            "La partie « {label} » a des traits d'union en troisième et quatrième position, réservées aux noms internationaux encodés (xn--). Déplacez ou supprimez un trait d'union."
        }
        Code::NameInvalidCharacter => {
            "La partie « {label} » contient « {char} » ({codepoint}) à la position {position}. Seuls les lettres, les chiffres et les traits d'union sont permis ; supprimez-le ou remplacez-le."
        }
        Code::NameSpace => {
            "La partie « {words} » contient une espace à la position {position}. Un nom de domaine ne peut pas contenir d'espace ; supprimez-la ou reliez les mots par un trait d'union."
        }
        Code::NameWebAddress => {
            "« {input} » est une adresse web (URL), pas un nom de domaine. Saisissez seulement le nom : « {host} »."
        }
        Code::NameIpAddress => {
            "« {input} » est une adresse IP, pas un nom de domaine. Saisissez plutôt le nom du domaine, par exemple example.com."
        }
        Code::NameUnderscore => {
            "La partie « {label} » contient un tiret bas à la position {position}. Les tirets bas ne sont permis que dans les noms d'enregistrements DNS comme _dmarc, pas dans les noms de domaine ou d'hôte ; utilisez un trait d'union."
        }
        Code::NameDisallowedCharacter => {
            "La partie « {label} » contient « {char} » ({codepoint}) à la position {position}, qui n'est pas permis dans les noms de domaine. Supprimez-le ou remplacez-le."
        }
        Code::NameLeadingCombiningMark => {
            "La partie « {label} » commence par le signe combinant {codepoint}, qui doit suivre une lettre. Supprimez-le ou placez la lettre avant."
        }
        Code::NameJoinerContext => {
            "La partie « {label} » contient le caractère de liaison invisible {codepoint} à un endroit où il n'est pas permis. Supprimez-le."
        }
        Code::NameBidi => {
            "La partie « {label} » mélange texte de droite à gauche et de gauche à droite d'une manière interdite dans les noms de domaine. Écrivez-la dans un seul sens, ou vérifiez l'ordre des lettres et des chiffres."
        }
        Code::NameIdnaInvalid => {
            "La partie « {label} » ne peut pas être convertie en nom de domaine internationalisé. Saisissez-la de nouveau, sans symboles ni caractères invisibles."
        }
        Code::NamePunycodeInvalid => {
            "La partie « {label} » commence par xn-- mais n'est pas un nom international encodé valide. Saisissez plutôt le nom avec ses lettres habituelles."
        }
        Code::NamePunycodeNotCanonical => {
            "La partie encodée « {label} » représente « {decoded} », qui n'est pas écrit comme les registres l'attendent ; la forme correcte est « {expected} » (« {expectedUnicode} »). Utilisez-la."
        }
        Code::NameNumericTld => {
            "L'extension « .{tld} » ne contient que des chiffres ; aucune extension n'est ainsi. Vérifiez l'extension après le dernier point."
        }
        Code::NameIdna2008Disallowed => {
            "La partie « {label} » contient « {char} » ({codepoint}) à la position {position}. Les registres appliquent IDNA2008, qui permet lettres, chiffres et accents, mais ni symboles, ni émojis, ni ponctuation. Supprimez-le ou remplacez-le."
        }
        Code::NameContextMiddleDot => {
            "La partie « {label} » contient un point médian « · » (U+00B7) à la position {position} ; il n'est permis qu'entre deux l, comme dans le catalan « l·l ». Supprimez-le."
        }
        Code::NameContextKeraia => {
            "La partie « {label} » contient le signe numéral grec « ͵ » (U+0375) à la position {position} ; il doit être suivi d'une lettre grecque. Supprimez-le ou ajoutez la lettre."
        }
        Code::NameContextHebrewPunctuation => {
            "La partie « {label} » contient le signe hébreu « {char} » ({codepoint}) à la position {position} ; il doit suivre une lettre hébraïque. Supprimez-le ou ajoutez la lettre."
        }
        Code::NameContextKatakanaMiddleDot => {
            "La partie « {label} » contient le point médian katakana « ・ » (U+30FB) mais aucun caractère japonais ou chinois, dont il a besoin. Supprimez-le."
        }
        Code::NameContextArabicDigits => {
            "La partie « {label} » mélange chiffres arabes-indiens et chiffres arabes-indiens étendus (persans) ; « {char} » ({codepoint}) à la position {position} appartient à l'autre série. N'utilisez qu'une seule série."
        }
        Code::NameMixedScript => {
            "La partie « {label} » mélange des lettres de plusieurs écritures ({scripts}). Les registres refusent ces noms, qui peuvent en imiter d'autres ; écrivez-la dans une seule écriture."
        }
        Code::NameLookalike => {
            "La partie « {label} » est écrite en lettres de l'écriture {script} mais ressemble au mot latin « {lookalike} ». Vérifiez que c'est bien le nom voulu : les visiteurs peuvent confondre les deux."
        }
        Code::NameDeviation => {
            "« {name} » contient ß, ς ou un caractère de liaison invisible. D'anciens logiciels (IDNA2003) le transforment en « {alternative} » ({alternativeAscii}) au lieu de {ascii}, et sous .{tld} ce sont deux noms différents. Assurez-vous que les deux mènent à vous : enregistrez ou configurez aussi l'autre."
        }
        Code::ZoneUnknownTld => "L'extension « .{tld} » n'existe pas. Vérifiez l'orthographe après le dernier point.",
        Code::ZoneSpecialUse => {
            "Les noms en « .{tld} » sont réservés à des usages particuliers et ne peuvent être enregistrés auprès d'aucun registre. Choisissez une extension publique."
        }
        Code::ZoneRegistryZone => {
            "« {zone} » est une extension gérée par un registre ; ajoutez votre nom devant (par exemple votrenom.{zone})."
        }
        Code::ZoneSubdomain => {
            "Seul « {registrable} » peut être enregistré auprès du registre de .{zone} ; « {name} » en est un sous-domaine. Enregistrez « {registrable} » et créez le sous-domaine dans son DNS."
        }
        Code::ZoneScriptNotAllowed => {
            "Le registre de .{tld} n'accepte pas les lettres de l'écriture {script}, et « {label} » en est composé. Écrivez le nom avec des lettres que le registre accepte."
        }
        Code::ZoneCharacterNotAllowed => {
            "Le registre de .{tld} n'accepte pas « {char} » ({codepoint}) à la position {position} de « {label} » ; sa liste de caractères permis ne le contient pas. Remplacez-le par une lettre acceptée."
        }
        Code::ZoneIdnTableUnknown => {
            "« {label} » a été vérifié selon IDNA2008 et pour une seule écriture ; le registre de .{tld} peut accepter moins de caractères. Consultez sa table de caractères avant de commander."
        }
        Code::OrderInvalid => {
            "La commande n'a pas pu être lue : {detail}. Envoyez un objet avec les clés du format de commande."
        }
        Code::OrderActionInvalid => {
            "L'action « {value} » n'est pas connue. Utilisez l'une des valeurs suivantes : {choices}."
        }
        Code::OrderContactTypeInvalid => {
            "Le type de contact « {value} » n'est pas connu. Utilisez individual ou organization."
        }
        Code::OrderCountryInvalid => {
            "« {value} » n'est pas un code de pays. Utilisez le code ISO à deux lettres, par exemple DE, DK ou IT."
        }
        Code::OrderEmailInvalid => "« {value} » n'est pas une adresse e-mail valide. Vérifiez les fautes de frappe.",
        Code::OrderFieldRequired => "« {fieldLabel} » est obligatoire pour cette commande. Veuillez le remplir.",
        Code::OrderFieldOptionInvalid => {
            "« {value} » n'est pas un choix de « {fieldLabel} ». Utilisez l'une des valeurs suivantes : {choices}."
        }
        Code::OrderFieldFormatInvalid => {
            "« {value} » n'est pas une saisie valide pour « {fieldLabel} » ({reason}). Comparez-la au document d'où elle provient."
        }
        Code::OrderFieldNormalized => "« {fieldLabel} » sera transmis sous la forme « {sent} » (saisi « {value} »).",
        Code::OrderFieldOmitted => {
            "« {fieldLabel} » n'est pas transmis pour cette commande, car le registre ne l'accepte pas ici."
        }
        Code::OrderFieldUnknown => {
            "Le champ « {field} » n'est pas connu pour .{tld} ; il est transmis sans vérification."
        }
        Code::OrderContactValueMissing
        | Code::OrderContactValueUnexpected
        | Code::OrderContactValueInvalid
        | Code::OrderRuleViolated
        | Code::OrderRegistryNote => "{explanation}",
        Code::OrderContactMissing => "{roleLabel} : « {partLabel} » manque. Veuillez compléter ce champ.",
        Code::OrderContactTooLong => {
            "{roleLabel} : « {partLabel} » compte {length} caractères ; les registres en acceptent au plus {max}. Raccourcissez-le."
        }
        Code::OrderStreetTooManyLines => {
            "{roleLabel} : l'adresse compte {count} lignes ; au plus {max} peuvent être transmises. Regroupez-en certaines."
        }
        Code::OrderPostalCodeInvalid => {
            "{roleLabel} : « {value} » n'est pas une valeur valide de « {partLabel} » pour le pays « {country} ». Elle s'écrit comme « {example} »."
        }
        Code::OrderPostalCodeStateMismatch => {
            "{roleLabel} : « {value} » (« {partLabel} ») n'appartient pas à {state}. Vérifiez « {partLabel} » et « {stateLabel} »."
        }
        Code::OrderStateInvalid => {
            "{roleLabel} : « {value} » n'est pas une valeur de « {partLabel} » pour le pays « {country} ». Choisissez-en une dans la liste, par ex. {example}."
        }
        Code::OrderPhoneInvalid => {
            "{roleLabel} : « {value} » n'est pas un numéro valide pour « {partLabel} » ({reason}). Écrivez-le avec l'indicatif du pays, par ex. {example}."
        }
        Code::OrderContactNormalized => {
            "{roleLabel} : « {partLabel} » sera transmis sous la forme « {sent} » (saisi « {value} »)."
        }
        Code::OrderPeriodNotAllowed => {
            "La durée « {period} » (ans) n'est pas proposée pour cette commande d'un nom en .{tld} ; le registre propose ces durées, en années : {allowed}. Choisissez-en une."
        }
        Code::OrderAuthCodeRequired => {
            "Le transfert d'un nom en .{tld} nécessite son code d'autorisation (code de transfert), fourni par le bureau d'enregistrement actuel. Saisissez-le."
        }
        Code::OrderAuthCodeNotUsed => {
            "Les transferts de noms en .{tld} n'utilisent pas de code d'autorisation ; le code indiqué ne sera pas transmis."
        }
        Code::OrderTransferTag => {
            "Un nom en .{tld} est transféré sans code : demandez au bureau d'enregistrement actuel de changer le tag du nom en {tag}."
        }
        Code::OrderTransferLocked => {
            "Le nom a été enregistré ou transféré il y a moins de {days} jours ; le bureau d'enregistrement actuel peut refuser un transfert jusqu'au {date}."
        }
        Code::OrderDateInvalid => "« {value} » n'est pas une date au format AAAA-MM-JJ (par exemple 2026-03-01).",
        Code::OrderIdProtectionNotSupported => {
            "La protection d'identité ne peut pas être commandée pour ce nom en .{tld}. Retirez-la de la commande."
        }
        Code::OrderIdProtectionUnverified => {
            "On ne sait pas ici si la protection d'identité peut être commandée pour les noms en .{tld} ; le bureau d'enregistrement peut refuser la commande qui l'inclut. Dans le doute, retirez-la."
        }
        Code::OrderIdProtectionRegistry => {
            "Le registre du .{tld} masque lui-même les données du titulaire ; la protection d'identité n'est pas nécessaire et ne sera pas commandée."
        }
        Code::OrderTrusteeNotSupported => {
            "Il n'existe pas de service fiduciaire (présence locale) pour les noms en .{tld}. Retirez-le de la commande."
        }
        Code::OrderNameserversNotApplied => {
            "Un transfert ne modifie pas les serveurs de noms : définissez-les une fois le transfert terminé."
        }
        Code::OrderBundledZone => {
            "Un nom en .{tld} est enregistré avec le même nom en .{bundled} ; les deux font partie de cette commande."
        }
        Code::OrderPremiumConfirm => {
            "Ce nom est un nom premium (classe de prix « {class} ») : son prix premium s'applique. Confirmez le prix avant de commander."
        }
        Code::OrderPremiumClassRequired => {
            "Un nom premium nécessite sa classe de prix pour cette commande, telle que la vérification de disponibilité du bureau d'enregistrement l'a donnée."
        }
        Code::OrderZoneFactsGeneric => {
            "Les règles de commande du .{tld} ne sont pas connues en détail : les règles générales ont été appliquées, et les conditions du registre peuvent différer."
        }
        Code::OrderNameserverCount => {
            "Le registre de .{tld} accepte de {min} à {max} serveurs de noms ; la commande en a {count}."
        }
        Code::OrderNameserverDuplicate => "Le serveur de noms « {name} » figure deux fois. Supprimez-en un.",
        Code::OrderNameserverIsAddress => {
            "« {name} » est une adresse IP, or un serveur de noms s'indique par son nom d'hôte (par exemple ns1.example.net). Saisissez le nom, et l'adresse comme glue si le nom est sous votre domaine."
        }
        Code::OrderNameserverIsUrl => {
            "« {name} » est une adresse web ; un serveur de noms s'indique par son seul nom d'hôte (par exemple ns1.example.net)."
        }
        Code::OrderNameserverInvalid => "Le serveur de noms « {name} » n'est pas un nom d'hôte valide : {problem}",
        Code::OrderGlueInvalid => "« {address} » n'est pas une adresse IPv4 ou IPv6. Vérifiez les fautes de frappe.",
        Code::OrderGlueSpecialPurpose => {
            "« {address} » n'est pas une adresse publique ({range}) ; aucun registre ne l'accepte pour un serveur de noms. Utilisez l'adresse publique du serveur."
        }
        Code::OrderGlueMissing => {
            "Le serveur de noms « {name} » se trouve dans {domain} : le registre a besoin de ses adresses IP (glue). Indiquez-en au moins une."
        }
        Code::OrderGlueUnneeded => {
            "« {name} » se trouve hors de {domain} ; ses adresses viennent de sa propre zone, et le registre ignore ou refuse une glue pour lui. Laissez les adresses vides."
        }
        Code::OrderNameserverIpv4Missing => {
            "Le registre de .{tld} exige au moins un serveur de noms joignable en IPv4 ; toutes les adresses indiquées sont IPv6."
        }
        Code::OrderNameserverAddressesIdentical => {
            "Le registre de .{tld} exige au moins un serveur de noms ayant une adresse que les autres n'ont pas ; ces serveurs utilisent tous les mêmes adresses."
        }
        Code::OrderHintHostSequence => {
            "Les serveurs de noms dans {domain} sont des objets hôtes au registre de .{tld}, qui ne peuvent être créés qu'après le domaine : enregistrez le domaine avec d'autres serveurs (ou aucun), créez les hôtes avec leurs adresses, puis basculez. Sinon le registre répond « {registryError} »."
        }
        Code::OrderHintSiblingHost => {
            "« {name} » doit déjà exister comme hôte au registre de .{tld} ; seul le bureau d'enregistrement de son propre domaine peut le créer. Sinon le registre répond « {registryError} »."
        }
        Code::OrderHintHostObject => {
            "« {name} » doit exister comme hôte au registre de .{tld} ; le bureau d'enregistrement le crée en général, sans adresses. Sinon le registre répond « {registryError} »."
        }
        Code::OrderHintZoneMustBeServed => {
            "Le registre de .{tld} vérifie le DNS avant de déléguer {domain} : les serveurs de noms doivent déjà servir la zone et répondre avec autorité. Créez d'abord la zone, sinon le registre répond « {registryError} »."
        }
        Code::OrderHintNsentry => {
            "Si aucun serveur de noms ne peut encore servir la zone, le registre de .{tld} accepte aussi, à la place des serveurs de noms, jusqu'à 5 enregistrements A, AAAA ou MX placés directement dans sa zone (NSentry) ; ils ne sont pas vérifiés dans le DNS."
        }
        Code::RecordInvalid => "L'enregistrement n'a pas pu être lu : {detail}.",
        Code::RecordZoneInvalid => "La zone « {zone} » n'est pas un nom de domaine valide : {problem}",
        Code::RecordTypeUnsupported => {
            "Le type d'enregistrement « {type} » n'est pas pris en charge ici. Utilisez l'un de ceux-ci : {choices}."
        }
        Code::RecordNameDoubleZone => {
            "« {name} » se termine déjà par la zone : {fqdn} est donc enregistré ; un fichier de zone le lirait comme {literal}, lecture que conserve l'option literal."
        }
        Code::RecordNameOutsideZone => {
            "« {name} » n'est pas dans la zone {zone}. Saisissez un nom de cette zone, ou retirez le point final pour qu'il soit relatif."
        }
        Code::RecordUrlStripped => "« {input} » est une adresse web ; seul son nom d'hôte {name} est utilisé.",
        Code::RecordNameIsAddress => {
            "« {name} » est une adresse IP. Le nom d'un enregistrement est un nom d'hôte comme www ; l'adresse va dans la valeur d'un enregistrement A ou AAAA."
        }
        Code::RecordTargetIsAddress => {
            "« {name} » est une adresse IP, mais cet enregistrement pointe vers un nom d'hôte. Créez un enregistrement A ou AAAA pour un nom (par exemple mail) et saisissez ce nom ici."
        }
        Code::RecordTargetProbablyAbsolute => {
            "« {name} » se termine par un domaine de premier niveau : {fqdn} est donc utilisé ; relatif à la zone, ce serait {literal}. Terminez le nom par un point pour lever le doute."
        }
        Code::RecordTargetWildcard => {
            "« {name} » est un nom générique (wildcard) ; un alias doit pointer vers un vrai nom. Saisissez le nom que l'alias représente."
        }
        Code::RecordOwnerNotHostName => {
            "« {name} » contient un tiret bas et n'est donc pas un nom d'hôte ; les enregistrements {type} appartiennent d'ordinaire à des noms d'hôte. Vérifiez le nom."
        }
        Code::RecordValueMissing => "Saisissez la valeur de l'enregistrement {type}.",
        Code::RecordValueFormat => {
            "La valeur de l'enregistrement {type} a la forme « {form} », par exemple « {example} »."
        }
        Code::RecordEscapeInvalid => {
            "« {escape} » à la position {position} n'est pas un échappement valide : une barre oblique inverse précède trois chiffres pour un octet de 000 à 255, ou un caractère qui n'est pas un chiffre. Saisissez plutôt « {fix} » (« \\\\ » est la barre oblique inverse elle-même)."
        }
        Code::RecordNumberOutOfRange => "La valeur {field} « {value} » doit être un nombre entier de {min} à {max}.",
        Code::RecordAddressInvalid => {
            "« {value} » n'est pas une adresse valide pour un enregistrement {type}. Vérifiez la saisie."
        }
        Code::RecordAddressFamily => {
            "« {value} » va dans un enregistrement {other}, pas dans un enregistrement {type}."
        }
        Code::RecordAddressNotPublic => {
            "« {value} » n'est pas une adresse publique ({range}) ; les visiteurs d'Internet ne peuvent pas l'atteindre."
        }
        Code::RecordCnameAtApex => {
            "Un enregistrement CNAME ne peut pas se trouver à l'apex de la zone {zone}, où sont les enregistrements SOA et NS. Utilisez-y des enregistrements A/AAAA ou l'enregistrement ALIAS de votre hébergeur."
        }
        Code::RecordNullMx => "Cet enregistrement MX indique que le domaine n'accepte aucun e-mail (MX nul).",
        Code::RecordSrvOwner => {
            "Le nom d'un enregistrement SRV commence par le service et le protocole, par exemple _sip._tcp ; ce n'est pas le cas de « {name} »."
        }
        Code::RecordCaaTagInvalid => {
            "L'étiquette CAA « {tag} » doit compter de 1 à 255 lettres et chiffres, par exemple issue."
        }
        Code::RecordCaaTagUnknown => {
            "Les autorités de certification ne connaissent pas l'étiquette CAA « {tag} ». Étiquettes connues : {choices}."
        }
        Code::RecordCaaIssuerInvalid => {
            "La valeur {tag} « {value} » doit être le domaine d'une autorité de certification, par exemple letsencrypt.org, ou vide pour n'en autoriser aucune."
        }
        Code::RecordCaaIodefInvalid => {
            "La valeur iodef « {value} » doit être une adresse mailto:, http: ou https:, par exemple mailto:security@example.com."
        }
        Code::RecordTxtSplit => {
            "Le texte dépasse {max} octets ; il est donc enregistré en {count} chaînes, lues comme un seul texte."
        }
        Code::RecordValueTooLong => "La valeur compte {length} octets ; un enregistrement en contient au plus {max}.",
        Code::RecordCnameAndOtherData => {
            "« {name} » a un enregistrement CNAME et ne peut donc pas en avoir d'autres (ici : {types}). Supprimez le CNAME ou les autres enregistrements."
        }
        Code::RecordTargetIsCname => {
            "« {name} » est un alias (CNAME) dans cette zone, mais un enregistrement {type} doit pointer vers le vrai nom d'hôte. Saisissez le nom vers lequel pointe l'alias."
        }
        Code::RecordCnameLoop => {
            "L'alias « {name} » revient à lui-même par des enregistrements CNAME et n'atteint donc jamais une adresse. Faites-le pointer vers un nom qui a des enregistrements A ou AAAA."
        }
        Code::RecordTargetWithoutAddress => {
            "« {name} » est dans cette zone mais n'y a aucun enregistrement A ou AAAA ; l'enregistrement {type} ne mène donc nulle part. Ajoutez les enregistrements d'adresse de l'hôte."
        }
        Code::RecordDuplicate => {
            "Cet enregistrement {type} pour « {name} » est identique à l'enregistrement {position}. Supprimez l'un des deux."
        }
        Code::LiveUnreachable => {
            native_only!(
                "Le serveur de noms « {name} » ({address}) n'a pas pu être interrogé sur {domain} au port {port} : {failure}. Vérifiez que le serveur fonctionne et qu'aucun pare-feu ne bloque les requêtes DNS en UDP et en TCP."
            )
        }
        Code::LiveRefused => {
            native_only!(
                "Le serveur de noms « {name} » ({address}) refuse de répondre pour {domain} : la zone n'y est pas configurée. Créez d'abord la zone {domain} sur ce serveur, sinon le registre répond « {registryError} »."
            )
        }
        Code::LiveRcode => {
            native_only!(
                "Le serveur de noms « {name} » ({address}) a répondu à la question sur {domain} par l'erreur {rcode}. Vérifiez la zone {domain} sur ce serveur (sa configuration et son fichier de zone) et rechargez-la."
            )
        }
        Code::LiveNotAuthoritative => {
            native_only!(
                "Le serveur de noms « {name} » ({address}) ne répond pas avec autorité pour {domain}. Configurez-le comme serveur primaire ou secondaire de la zone {domain}, et non comme résolveur ou redirecteur."
            )
        }
        Code::LiveNsSetDiffers => {
            native_only!(
                "Le serveur de noms « {name} » ({address}) indique {served} comme serveurs de noms de {domain}, mais la commande indique {ordered}. Alignez les enregistrements NS de la zone sur les serveurs de noms de la commande."
            )
        }
        Code::LiveSerialsDiffer => {
            native_only!(
                "Les serveurs de noms de {domain} servent des versions différentes de la zone (numéros de série SOA : {serials}). Assurez-vous que chaque serveur a la zone à jour, par exemple en vérifiant les transferts vers les serveurs secondaires."
            )
        }
        Code::LiveIpv4Missing => {
            native_only!(
                "Le registre de .{tld} exige au moins un serveur de noms joignable en IPv4, mais toutes les adresses de ces serveurs sont IPv6. Donnez une adresse IPv4 à au moins un serveur de noms."
            )
        }
        Code::LiveAddressesIdentical => {
            native_only!(
                "Le registre de .{tld} exige au moins un serveur de noms ayant une adresse que les autres n'ont pas, mais ces serveurs utilisent tous les mêmes adresses. Placez au moins l'un d'eux sur une adresse qui lui est propre."
            )
        }
        Code::LiveResolveFailed => {
            native_only!(
                "Les adresses du serveur de noms « {name} » sont introuvables. Vérifiez le nom, ou indiquez ses adresses IP dans la commande."
            )
        }
        Code::RegistrarSuccess => "Le bureau d'enregistrement a accepté la commande.",
        Code::RegistrarPending => {
            "Le bureau d'enregistrement a accepté la commande ; le registre la termine plus tard, ce qui peut prendre quelques jours."
        }
        Code::RegistrarAttributeMissing => {
            "Le registre a besoin de « {fieldLabel} », que la commande ne contenait pas. Remplissez ce champ et envoyez de nouveau la commande."
        }
        Code::RegistrarAttributeInvalid => {
            "Le registre n'a pas accepté la valeur de « {fieldLabel} ». Corrigez-la et envoyez de nouveau la commande."
        }
        Code::RegistrarAttributeNotAccepted => {
            "Le registre n'accepte pas « {fieldLabel} » pour cette commande. Ce champ doit être retiré ; la boutique pourra ensuite renvoyer la commande."
        }
        Code::RegistrarValueMissing => {
            "Le registre indique qu'une information obligatoire manque dans la commande, sans dire laquelle. Vérifiez que tous les champs sont remplis."
        }
        Code::RegistrarValueRejected => {
            "Le registre a refusé une valeur de la commande sans dire laquelle. Vérifiez les informations de la commande."
        }
        Code::RegistrarContactMissing => {
            "Le registre a besoin du « {roleLabel} » pour ce nom, que la commande ne contenait pas. Complétez les coordonnées et envoyez de nouveau la commande."
        }
        Code::RegistrarContactPartMissing => {
            "{roleLabel} : le registre a besoin de « {partLabel} », que la commande ne contenait pas. Remplissez ce champ et envoyez de nouveau la commande."
        }
        Code::RegistrarContactPartInvalid => {
            "{roleLabel} : le registre n'a pas accepté « {partLabel} ». Corrigez ce champ, ou laissez-le vide s'il est facultatif, puis envoyez de nouveau la commande."
        }
        Code::RegistrarVatRequired => {
            "{roleLabel} : le registre exige un numéro de TVA pour une organisation. Indiquez le numéro de TVA de l'organisation, ou enregistrez le nom en tant que particulier sans nom d'organisation."
        }
        Code::RegistrarNameserverUnknown => {
            "Le serveur de noms « {host} » n'existe pas auprès du registre. Enregistrez-le d'abord (avec son adresse IP) chez le bureau d'enregistrement de son propre domaine, ou choisissez un autre serveur de noms."
        }
        Code::RegistrarNameserversUnknown => {
            "L'un des serveurs de noms de la commande n'existe pas auprès du registre. Vérifiez leurs noms ; enregistrez d'abord un nouveau serveur de noms, ou choisissez-en d'autres."
        }
        Code::RegistrarNameserverRefused => {
            "Le serveur de noms « {host} » a refusé de répondre pour {domain} ({rcode}) : la zone n'y est pas configurée. Créez d'abord la zone de {domain} sur ce serveur, puis envoyez de nouveau la commande."
        }
        Code::RegistrarNameserverNotAuthoritative => {
            "Le serveur de noms « {host} » ne répond pas avec autorité pour ce nom : la zone n'y est pas configurée. Créez d'abord la zone sur ce serveur, puis envoyez de nouveau la commande."
        }
        Code::RegistrarNameserverAddresses => {
            "Le registre exige des serveurs de noms sur au moins {expected} adresses IP différentes ; il en a trouvé {found}. Ajoutez un serveur de noms sur une autre adresse."
        }
        Code::RegistrarNameserverSetMismatch => {
            "Les serveurs de noms inscrits dans la zone ne correspondent pas à ceux de la commande. Faites en sorte que les enregistrements NS de la zone listent exactement les serveurs de noms de la commande."
        }
        Code::RegistrarNameserverCheckFailed => {
            "Le test des serveurs de noms du registre a échoué (test {nastCode} : {nastText}). Vérifiez que chaque serveur de noms de la commande sert la zone de ce nom, puis envoyez de nouveau la commande."
        }
        Code::RegistrarGlueMissing => {
            "Un serveur de noms situé sous ce nom a besoin de son adresse IP dans la commande. Indiquez les adresses IP de ces serveurs et envoyez de nouveau la commande."
        }
        Code::RegistrarObjectInUse => {
            "C'est impossible tant que d'autres domaines l'utilisent encore (par exemple un serveur de noms vers lequel pointent d'autres noms). Déplacez d'abord ces noms."
        }
        Code::RegistrarTransferLocked => {
            "Le nom est verrouillé contre les transferts chez son bureau d'enregistrement actuel. Demandez-lui de retirer le verrou, ou attendez que le dernier enregistrement ou transfert date de 60 jours, puis commandez de nouveau."
        }
        Code::RegistrarTransferNotPossible => {
            "Le bureau d'enregistrement ne peut pas transférer ce nom maintenant et n'a pas dit pourquoi. Vérifiez qu'il est déverrouillé, qu'aucun autre transfert n'est en cours et que le code d'autorisation est correct."
        }
        Code::RegistrarTransferPending => "Un transfert de ce nom est déjà en cours. Attendez qu'il soit terminé.",
        Code::RegistrarNoPendingTransfer => "Aucun transfert de ce nom pouvant être approuvé ou annulé n'est en cours.",
        Code::RegistrarAuthCodeInvalid => {
            "Le code d'autorisation (code de transfert) n'est pas correct. Demandez un nouveau code au bureau d'enregistrement actuel et saisissez-le exactement."
        }
        Code::RegistrarAuthCodeRequired => {
            "Ce transfert nécessite le code d'autorisation (code de transfert). Demandez-le au bureau d'enregistrement actuel ou au titulaire et saisissez-le."
        }
        Code::RegistrarAuthCodeWeak => {
            "Le nouveau code d'autorisation est trop simple : il lui faut au moins {min} caractères, dont un chiffre, une lettre et un caractère spécial."
        }
        Code::RegistrarAuthorizationFailed => {
            "Le bureau d'enregistrement a refusé la demande : soit le code d'autorisation est faux, soit le compte de la boutique n'y est pas autorisé. Vérifiez le code ; s'il est correct, contactez la boutique."
        }
        Code::RegistrarIdProtectionNotSupported => {
            "La protection d'identité ne peut pas être commandée pour ce nom. Retirez-la de la commande et envoyez de nouveau la commande."
        }
        Code::RegistrarTrusteeNotSupported => {
            "Il n'existe pas de service fiduciaire (présence locale) pour ce nom. Retirez-le de la commande, ou indiquez un titulaire qui remplit les règles du registre."
        }
        Code::RegistrarPremiumClassRequired => {
            "C'est un nom premium avec son propre prix (classe {class}). Confirmez le prix premium, puis envoyez de nouveau la commande."
        }
        Code::RegistrarPremiumFeeUnavailable => {
            "Ce nom premium a un prix que la boutique ne peut pas reprendre automatiquement. Demandez un devis à la boutique."
        }
        Code::RegistrarPriceMismatch => {
            "Le prix de ce nom premium a changé : la commande indique {got}, le bureau d'enregistrement demande maintenant {expected}. Confirmez le nouveau prix et commandez de nouveau."
        }
        Code::RegistrarPeriodInvalid => "Le registre n'accepte pas cette durée. Choisissez un autre nombre d'années.",
        Code::RegistrarTermsUnknown => {
            "Le bureau d'enregistrement n'a trouvé aucune durée d'enregistrement pour ce nom ; il est probablement mal saisi (par exemple avec un tiret qui n'est pas un trait d'union). Vérifiez le nom et commandez de nouveau."
        }
        Code::RegistrarDomainNotManaged => {
            "Ce nom n'est pas géré par le compte de la boutique auprès du bureau d'enregistrement. Vérifiez le nom, ou transférez-le d'abord ici."
        }
        Code::RegistrarObjectNotFound => {
            "Un élément auquel la commande fait référence (le nom, un contact ou un serveur de noms) n'existe pas auprès du registre. Vérifiez les noms de la commande."
        }
        Code::RegistrarDomainTaken => {
            "Ce nom est déjà enregistré. Choisissez un autre nom, ou transférez-le s'il vous appartient."
        }
        Code::RegistrarRegistrationRight => {
            "Le droit d'enregistrer ce nom appartient à un autre titulaire. Commandez-le avec le titulaire qui détient ce droit, ou choisissez un autre nom."
        }
        Code::RegistrarStatusProhibits => {
            "Le statut actuel du nom (un verrou, un litige ou une suppression en cours) ne le permet pas. Retirez le verrou chez le bureau d'enregistrement, ou attendez, puis réessayez."
        }
        Code::RegistrarRenewalNotAllowed => {
            "Ce nom ne peut pas être renouvelé maintenant : il est hors de sa période de renouvellement, ou il vient d'être renouvelé."
        }
        Code::RegistrarActionNotSupported => {
            "Ceci n'est pas proposé pour les noms avec cette extension. Retirez-le de la commande."
        }
        Code::RegistrarNeedsTrade => {
            "Cette information ne peut pas être modifiée par une mise à jour ; un changement de titulaire est nécessaire."
        }
        Code::RegistrarTemporary => {
            "Le système du bureau d'enregistrement n'a pas pu prendre la commande pour l'instant. La commande n'est pas en cause ; réessayez dans quelques minutes."
        }
        Code::RegistrarShopConfiguration => {
            "La commande n'a pas pu être envoyée à cause d'un problème de configuration de la boutique, et non de la commande. Veuillez contacter la boutique."
        }
        Code::RegistrarUnrecognised => {
            "Cette réponse du bureau d'enregistrement n'est pas connue de ces vérifications ; elle ne peut donc pas être expliquée ici. Veuillez contacter la boutique, qui peut lire la réponse."
        }
        Code::RegistrarTextEmpty => "Collez la réponse du bureau d'enregistrement pour la faire expliquer.",
        Code::RegistrarTextTooLong => {
            "La réponse du bureau d'enregistrement fait {actual} octets, plus que les {max} lus ici. Collez seulement la partie avec l'erreur."
        }
        Code::RegistrarTextInvalid => {
            "La réponse du bureau d'enregistrement doit être donnée sous forme de texte (UTF-8) ; trouvé : {found}."
        }
    }
}
