<?php
/**
 * Runs the hooks of domain_rules_hooks.php as WHMCS would call them, against the service at
 * DOMAIN_RULES_URL, and prints what each returned as one JSON object (tests/whmcs.rs reads it).
 * WHMCS itself is stood in for by add_hook, localAPI and logActivity with their documented
 * shapes; the service is the real one.
 */

define('WHMCS', true);

$hooks = [];
$apiCalls = [];
$activity = [];

function add_hook(string $name, int $priority, callable $function): void
{
    global $hooks;
    $hooks[$name][] = $function;
}

function localAPI(string $command, array $values)
{
    global $apiCalls;
    $apiCalls[] = ['command' => $command, 'values' => $values];
    if ($command === 'GetClientsDetails') {
        return ['result' => 'success', 'client' => [
            'firstname' => 'Erika', 'lastname' => 'Mustermann', 'companyname' => '',
            'email' => 'erika@example.org', 'address1' => 'Heidestr. 17', 'address2' => '',
            'city' => 'Köln', 'state' => 'Nordrhein-Westfalen', 'postcode' => '51147',
            'countrycode' => 'DE', 'phonenumber' => '+49.2211234567',
        ]];
    }
    return ['result' => 'success'];
}

function logActivity(string $message): void
{
    global $activity;
    $activity[] = $message;
}

/** What the hook of this name returned. */
function run_hook(string $name, array $vars)
{
    global $hooks;
    $results = [];
    foreach ($hooks[$name] ?? [] as $function) {
        $results[] = $function($vars);
    }
    return count($results) === 1 ? $results[0] : $results;
}

require __DIR__ . '/../domain_rules_hooks.php';

$out = [];
$_SESSION = ['Language' => 'german', 'cart' => ['domains' => [
    ['domain' => 'beispiel.ca', 'type' => 'register'],
    ['domain' => 'beispiel.de', 'type' => 'register'],
]]];
// The .ca fields left empty: the customer is told, in German.
$out['configMissing'] = run_hook('ShoppingCartValidateDomainsConfig', ['domainfield' => [0 => [], 1 => []]]);
$out['configComplete'] = run_hook('ShoppingCartValidateDomainsConfig', [
    'domainfield' => [0 => ['X-CA-LEGALTYPE' => 'CCT', 'X-CA-LANGUAGE' => 'EN'], 1 => []],
]);
$_SESSION['Language'] = 'english';
$_SESSION['cart']['domains'] = [['domain' => 'beispiel.de', 'type' => 'register']];
$checkout = [
    'a' => 'checkout', 'custtype' => 'new', 'firstname' => 'Erika', 'lastname' => 'Mustermann',
    'companyname' => '', 'email' => 'erika@example.org', 'address1' => 'Heidestr. 17',
    'city' => 'Köln', 'postcode' => '51147', 'country' => 'DE', 'phonenumber' => '+49 221 1234567',
];
$out['checkoutComplete'] = run_hook('ShoppingCartValidateCheckout', $checkout);
$out['checkoutBadPostcode'] = run_hook('ShoppingCartValidateCheckout', ['postcode' => '5114'] + $checkout);
$out['checkoutExistingClient'] = run_hook('ShoppingCartValidateCheckout', ['a' => 'checkout', 'custtype' => 'existing', 'clientId' => 7]);

$params = [
    'domainid' => 42, 'sld' => 'beispiel', 'tld' => 'ca', 'regperiod' => 1,
    'firstname' => 'Jean', 'lastname' => 'Tremblay', 'companyname' => '', 'email' => 'jean@example.org',
    'address1' => '123 Rue Principale', 'city' => 'Montréal', 'state' => 'QC', 'postcode' => 'H2X 1Y4',
    'countrycode' => 'CA', 'fullphonenumber' => '+1.5145550123',
    'ns1' => 'ns1.example.net', 'ns2' => 'ns2.example.net',
    'additionalfields' => ['X-CA-LANGUAGE' => 'FR'],
];
$out['registerMissing'] = run_hook('PreRegistrarRegisterDomain', ['params' => $params]);
$params['additionalfields']['X-CA-LEGALTYPE'] = 'CCT';
$out['registerComplete'] = run_hook('PreRegistrarRegisterDomain', ['params' => $params]);
$out['transferWithoutCode'] = run_hook('PreRegistrarTransferDomain', ['params' => $params]);

$apiCalls = [];
run_hook('AfterRegistrarRegistrationFailed', [
    'params' => $params,
    'error' => 'Domain Registration Failed - Missing required attribute; X-CA-LEGALTYPE',
]);
$out['explainedCalls'] = $apiCalls;

putenv('DOMAIN_RULES_URL=http://127.0.0.1:9');
$activity = [];
$out['serviceDown'] = run_hook('ShoppingCartValidateDomainsConfig', ['domainfield' => [0 => []]]);
$out['serviceDownLog'] = $activity;

echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT), "\n";
