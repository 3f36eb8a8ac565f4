<?php
/**
 * domain-rules for WHMCS: checks each domain of an order with a running `domain-rules serve`
 * (its POST /v1/order) when the customer sends the domain's fields, again at checkout with the
 * client's address, and once more before the registrar is called; explains a failed
 * registration (POST /v1/explain) and keeps the explanation in the domain's notes.
 *
 * Install: copy to includes/hooks/ of WHMCS, and the fields of `domain-rules whmcs-fields` to
 * resources/domains/additionalfields.php. DOMAIN_RULES_URL names the service
 * (http://127.0.0.1:8080 by default).
 *
 * Hooks and their parameters as WHMCS's hook reference documents them (developers.whmcs.com,
 * hooks-reference/shopping-cart, domain and registrar-module, read 2026-12-07):
 * ShoppingCartValidateDomainsConfig gets the request variables and returns error messages;
 * ShoppingCartValidateCheckout gets the checkout form and returns error messages;
 * PreRegistrarRegisterDomain and PreRegistrarTransferDomain get the registrar module's params
 * and return ['abortWithError' => message] to stop; AfterRegistrarRegistrationFailed gets the
 * params and the registrar's `error`. The cart keeps each domain's fields as
 * domainfield[<cart index>][<field Name>].
 *
 * When the service cannot be reached, the order goes on (a checker that is down must not stop
 * sales) and the failure is written to WHMCS's activity log.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

/** The service's address. */
function domain_rules_url(): string
{
    $url = getenv('DOMAIN_RULES_URL');
    return rtrim($url !== false && $url !== '' ? $url : 'http://127.0.0.1:8080', '/');
}

/** The engine's locale for the client's WHMCS language. */
function domain_rules_locale(): string
{
    $language = strtolower((string) ($_SESSION['Language'] ?? ($GLOBALS['CONFIG']['Language'] ?? 'english')));
    $tags = ['german' => 'de', 'french' => 'fr', 'italian' => 'it', 'danish' => 'da'];
    return $tags[$language] ?? 'en';
}

/** Writes to WHMCS's activity log where there is one. */
function domain_rules_log(string $message): void
{
    if (function_exists('logActivity')) {
        logActivity('domain-rules: ' . $message);
    }
}

/**
 * POSTs JSON to the service; the decoded answer, or null when the service gave none.
 */
function domain_rules_post(string $path, array $body): ?array
{
    $context = stream_context_create([
        'http' => [
            'method' => 'POST',
            'header' => "Content-Type: application/json\r\nAccept-Language: " . domain_rules_locale() . "\r\n",
            'content' => json_encode($body, JSON_UNESCAPED_UNICODE),
            'timeout' => 5,
            'ignore_errors' => true,
        ],
    ]);
    $answer = @file_get_contents(domain_rules_url() . $path, false, $context);
    if ($answer === false) {
        domain_rules_log("the service at " . domain_rules_url() . " did not answer $path");
        return null;
    }
    $report = json_decode($answer, true);
    if (!is_array($report)) {
        domain_rules_log("the service's answer to $path is not JSON");
        return null;
    }
    return $report;
}

/** The messages of a report's errors (the domain's and the order's), for the customer. */
function domain_rules_errors(array $report): array
{
    $diagnostics = array_merge($report['domain']['diagnostics'] ?? [], $report['diagnostics'] ?? []);
    $messages = [];
    foreach ($diagnostics as $diagnostic) {
        if (($diagnostic['severity'] ?? '') === 'error') {
            $messages[] = (string) $diagnostic['message'];
        }
    }
    return $messages;
}

/** An order's contact from WHMCS's client or registrar-module fields. */
function domain_rules_contact(array $from): array
{
    $street = trim(($from['address1'] ?? '') . "\n" . ($from['address2'] ?? ''));
    $contact = [
        'type' => trim((string) ($from['companyname'] ?? '')) !== '' ? 'organization' : 'individual',
        'firstName' => $from['firstname'] ?? null,
        'lastName' => $from['lastname'] ?? null,
        'organization' => $from['companyname'] ?? null,
        'street' => $street !== '' ? $street : null,
        'city' => $from['city'] ?? null,
        'postalCode' => $from['postcode'] ?? null,
        'state' => $from['state'] ?? null,
        'country' => $from['countrycode'] ?? ($from['country'] ?? null),
        'email' => $from['email'] ?? null,
        'phone' => $from['fullphonenumber'] ?? ($from['phonenumber'] ?? null),
    ];
    return array_filter($contact, fn ($value) => $value !== null && $value !== '');
}

/** The additional fields as the order's `fields` (a JSON object even when empty): a ticked box
 * as true. */
function domain_rules_fields(array $fields): object
{
    $out = [];
    foreach ($fields as $name => $value) {
        $out[(string) $name] = $value === 'on' ? true : (string) $value;
    }
    return (object) $out;
}

/** Checks one domain's order; the errors to show, or [] (also when the service is down). */
function domain_rules_check(array $order): array
{
    $order['locale'] = domain_rules_locale();
    $report = domain_rules_post('/v1/order', $order);
    if ($report === null) {
        return [];
    }
    // A refusal (the request itself was not understood) is this integration's fault, not the
    // customer's: it is logged, and the order goes on.
    if (!isset($report['ok']) || !isset($report['domain'])) {
        domain_rules_log('the order could not be checked: ' . json_encode($report));
        return [];
    }
    return $report['ok'] ? [] : domain_rules_errors($report);
}

/** Each domain of the cart with its type (`register` or `transfer`) and index. */
function domain_rules_cart_domains(): array
{
    $domains = [];
    foreach ($_SESSION['cart']['domains'] ?? [] as $index => $domain) {
        $domains[$index] = [
            'domain' => (string) $domain['domain'],
            'action' => ($domain['type'] ?? 'register') === 'transfer' ? 'transfer' : 'register',
            'fields' => $domain['fields'] ?? [],
        ];
    }
    return $domains;
}

/** Prefixes each message with its domain. */
function domain_rules_for(string $domain, array $messages): array
{
    return array_map(fn ($m) => "$domain: $m", $messages);
}

// The domain configuration step: the fields of each domain, before the customer goes on.
add_hook('ShoppingCartValidateDomainsConfig', 1, function (array $vars) {
    $errors = [];
    foreach (domain_rules_cart_domains() as $index => $domain) {
        $fields = $vars['domainfield'][$index] ?? $domain['fields'];
        $order = [
            'domain' => $domain['domain'],
            'action' => $domain['action'],
            'scope' => 'fields',
            'fields' => domain_rules_fields($fields),
        ];
        $errors = array_merge($errors, domain_rules_for($domain['domain'], domain_rules_check($order)));
    }
    return $errors;
});

// Checkout: the same with the client's address as the registrant.
add_hook('ShoppingCartValidateCheckout', 1, function (array $vars) {
    $client = $vars;
    if (($vars['custtype'] ?? '') !== 'new' && !empty($vars['clientId']) && function_exists('localAPI')) {
        $details = localAPI('GetClientsDetails', ['clientid' => $vars['clientId'], 'stats' => false]);
        $client = $details['client'] ?? $details;
    }
    $errors = [];
    foreach (domain_rules_cart_domains() as $domain) {
        $order = [
            'domain' => $domain['domain'],
            'action' => $domain['action'],
            'registrant' => domain_rules_contact($client),
            'fields' => domain_rules_fields($domain['fields']),
        ];
        $errors = array_merge($errors, domain_rules_for($domain['domain'], domain_rules_check($order)));
    }
    return $errors;
});

/** The order a registrar call sends, from the registrar module's params. */
function domain_rules_order_from_params(array $params, string $action): array
{
    $nameservers = [];
    for ($i = 1; $i <= 5; $i++) {
        if (!empty($params["ns$i"])) {
            $nameservers[] = (string) $params["ns$i"];
        }
    }
    $order = [
        'domain' => $params['sld'] . '.' . $params['tld'],
        'action' => $action,
        'registrant' => domain_rules_contact($params),
        'fields' => domain_rules_fields($params['additionalfields'] ?? []),
        'nameservers' => $nameservers,
    ];
    if (!empty($params['regperiod'])) {
        $order['period'] = (int) $params['regperiod'];
    }
    if ($action === 'transfer' && !empty($params['eppcode'])) {
        $order['authCode'] = (string) $params['eppcode'];
    }
    return $order;
}

/** Stops a registrar call whose order the registry would refuse. */
function domain_rules_before_registrar(array $vars, string $action): array
{
    $messages = domain_rules_check(domain_rules_order_from_params($vars['params'] ?? [], $action));
    return $messages === [] ? [] : ['abortWithError' => implode(' ', $messages)];
}

add_hook('PreRegistrarRegisterDomain', 1, fn (array $vars) => domain_rules_before_registrar($vars, 'register'));
add_hook('PreRegistrarTransferDomain', 1, fn (array $vars) => domain_rules_before_registrar($vars, 'transfer'));

// A failed registration: the registrar's text explained, kept in the domain's notes.
add_hook('AfterRegistrarRegistrationFailed', 1, function (array $vars) {
    $params = $vars['params'] ?? [];
    $report = domain_rules_post('/v1/explain', [
        'text' => (string) ($vars['error'] ?? ''),
        'order' => domain_rules_order_from_params($params, 'register'),
        'locale' => 'en',
    ]);
    if ($report === null || !isset($report['diagnostics'])) {
        return;
    }
    $lines = [];
    foreach ($report['diagnostics'] as $diagnostic) {
        $lines[] = '[' . $diagnostic['code'] . ' at ' . $diagnostic['path'] . '] ' . $diagnostic['message'];
    }
    $note = "domain-rules on the registrar's answer \"" . ($vars['error'] ?? '') . "\":\n" . implode("\n", $lines);
    if (function_exists('localAPI') && !empty($params['domainid'])) {
        localAPI('UpdateClientDomain', ['domainid' => $params['domainid'], 'notes' => $note]);
    }
    domain_rules_log($note);
});
