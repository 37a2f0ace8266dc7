#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) under src/test/resources/schemas/, one per apiVersion + kind used in
deploy/k8s. They are hand-written from the upstream API references (see that folder's README.md): strict
(additionalProperties false) for every object the manifests use, so a misspelt or misplaced field fails, with the
upstream's required fields, types, enums and patterns. Run it again after adding a field: python3 tools/write-schemas.py
"""
import json, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'test', 'resources', 'schemas')
S = {'type': 'string', 'minLength': 1}
I = {'type': 'integer'}
B = {'type': 'boolean'}
def enum(*v): return {'enum': list(v)}
def arr(item, min_items=0): return {'type': 'array', 'items': item, **({'minItems': min_items} if min_items else {})}
def obj(props, req=()):
    o = {'type': 'object', 'additionalProperties': False, 'properties': props}
    if req: o['required'] = list(req)
    return o
def map_of(v): return {'type': 'object', 'additionalProperties': v}
def rng(lo=None, hi=None):
    o = {'type': 'integer'}
    if lo is not None: o['minimum'] = lo
    if hi is not None: o['maximum'] = hi
    return o
DNS_SUBDOMAIN = {'type': 'string', 'maxLength': 253,
                 'pattern': r'^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'}
DNS_LABEL = {'type': 'string', 'maxLength': 63, 'pattern': r'^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'}
PORT_NAME = {'type': 'string', 'maxLength': 15, 'pattern': r'^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'}
PORT = rng(1, 65535)
INT_OR_STRING = {'anyOf': [{'type': 'integer'}, {'type': 'string', 'minLength': 1}]}
QUANTITY = {'anyOf': [{'type': 'number'},
                      {'type': 'string', 'pattern': r'^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$'}]}
LABEL_VALUE = {'type': 'string', 'maxLength': 63, 'pattern': r'^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$'}
LABELS = {'type': 'object', 'additionalProperties': LABEL_VALUE,
          'propertyNames': {'pattern': r'^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$'}}
ANNOTATIONS = map_of({'type': 'string'})

def metadata(name=DNS_SUBDOMAIN):
    return obj({'name': name, 'namespace': DNS_LABEL, 'labels': LABELS, 'annotations': ANNOTATIONS}, ['name'])

SELECTOR = obj({'matchLabels': LABELS,
                'matchExpressions': arr(obj({'key': S, 'operator': enum('In', 'NotIn', 'Exists', 'DoesNotExist'),
                                            'values': arr({'type': 'string'})}, ['key', 'operator']))})
RESOURCES = obj({'requests': map_of(QUANTITY), 'limits': map_of(QUANTITY)})
KEY_REF = obj({'name': DNS_SUBDOMAIN, 'key': S, 'optional': B}, ['key'])
LOCAL_REF = obj({'name': DNS_SUBDOMAIN}, ['name'])

def resource(api_version, kind, spec=None, spec_required=True, name=DNS_SUBDOMAIN, extra=None, required_extra=()):
    props = {'apiVersion': {'const': api_version}, 'kind': {'const': kind}, 'metadata': metadata(name)}
    req = ['apiVersion', 'kind', 'metadata']
    if spec is not None:
        props['spec'] = spec
        if spec_required: req.append('spec')
    if extra: props.update(extra)
    req += list(required_extra)
    o = obj(props, req)
    o['$schema'] = 'https://json-schema.org/draft/2020-12/schema'
    o['title'] = f'{api_version} {kind}'
    return o

# ---------------------------------------------------------------- core / apps / networking / policy / autoscaling
PROBE = obj({'httpGet': obj({'path': {'type': 'string', 'pattern': '^/'}, 'port': INT_OR_STRING,
                             'scheme': enum('HTTP', 'HTTPS'), 'host': S}, ['port']),
             'tcpSocket': obj({'port': INT_OR_STRING}, ['port']),
             'initialDelaySeconds': rng(0), 'periodSeconds': rng(1), 'timeoutSeconds': rng(1),
             'successThreshold': rng(1), 'failureThreshold': rng(1), 'terminationGracePeriodSeconds': rng(1)})
ENV_VAR = obj({'name': S, 'value': {'type': 'string'},
               'valueFrom': obj({'secretKeyRef': KEY_REF, 'configMapKeyRef': KEY_REF,
                                 'fieldRef': obj({'fieldPath': S, 'apiVersion': S}, ['fieldPath'])})}, ['name'])
CONTAINER = obj({
    'name': DNS_LABEL, 'image': S, 'imagePullPolicy': enum('Always', 'IfNotPresent', 'Never'),
    'command': arr({'type': 'string'}), 'args': arr({'type': 'string'}),
    'ports': arr(obj({'name': PORT_NAME, 'containerPort': PORT, 'protocol': enum('TCP', 'UDP', 'SCTP')},
                     ['containerPort'])),
    'env': arr(ENV_VAR),
    'envFrom': arr(obj({'configMapRef': obj({'name': DNS_SUBDOMAIN, 'optional': B}, ['name']),
                        'secretRef': obj({'name': DNS_SUBDOMAIN, 'optional': B}, ['name']), 'prefix': S})),
    'resources': RESOURCES,
    'startupProbe': PROBE, 'livenessProbe': PROBE, 'readinessProbe': PROBE,
    'securityContext': obj({'allowPrivilegeEscalation': B, 'readOnlyRootFilesystem': B, 'runAsNonRoot': B,
                            'runAsUser': rng(0), 'runAsGroup': rng(0), 'privileged': B,
                            'capabilities': obj({'drop': arr(S), 'add': arr(S)})}),
    'volumeMounts': arr(obj({'name': S, 'mountPath': {'type': 'string', 'pattern': '^/'}, 'readOnly': B,
                             'subPath': S}, ['name', 'mountPath'])),
}, ['name'])
AFFINITY_TERM = obj({'topologyKey': S, 'labelSelector': SELECTOR, 'namespaces': arr(S),
                     'matchLabelKeys': arr(S)}, ['topologyKey'])
POD_SPEC = obj({
    'serviceAccountName': DNS_SUBDOMAIN, 'automountServiceAccountToken': B, 'enableServiceLinks': B,
    'terminationGracePeriodSeconds': rng(0), 'priorityClassName': S, 'nodeSelector': map_of({'type': 'string'}),
    'securityContext': obj({'runAsNonRoot': B, 'runAsUser': rng(0), 'runAsGroup': rng(0), 'fsGroup': rng(0),
                            'seccompProfile': obj({'type': enum('RuntimeDefault', 'Localhost', 'Unconfined'),
                                                   'localhostProfile': S}, ['type'])}),
    'containers': arr(CONTAINER, 1), 'initContainers': arr(CONTAINER),
    'volumes': arr(obj({'name': DNS_LABEL,
                        'emptyDir': obj({'medium': {'type': 'string'}, 'sizeLimit': QUANTITY}),
                        'secret': obj({'secretName': DNS_SUBDOMAIN, 'defaultMode': rng(0, 511), 'optional': B,
                                       'items': arr(obj({'key': S, 'path': S, 'mode': rng(0, 511)},
                                                        ['key', 'path']))}),
                        'configMap': obj({'name': DNS_SUBDOMAIN, 'defaultMode': rng(0, 511), 'optional': B,
                                          'items': arr(obj({'key': S, 'path': S}, ['key', 'path']))})},
                       ['name'])),
    'affinity': obj({'podAntiAffinity': obj({
        'preferredDuringSchedulingIgnoredDuringExecution': arr(obj({'weight': rng(1, 100),
                                                                    'podAffinityTerm': AFFINITY_TERM},
                                                                   ['weight', 'podAffinityTerm'])),
        'requiredDuringSchedulingIgnoredDuringExecution': arr(AFFINITY_TERM)})}),
    'topologySpreadConstraints': arr(obj({'maxSkew': rng(1), 'topologyKey': S,
                                          'whenUnsatisfiable': enum('DoNotSchedule', 'ScheduleAnyway'),
                                          'labelSelector': SELECTOR, 'matchLabelKeys': arr(S),
                                          'minDomains': rng(1)},
                                         ['maxSkew', 'topologyKey', 'whenUnsatisfiable'])),
}, ['containers'])

schemas = {}
def add(s):
    api, kind = s['title'].split(' ')
    schemas[f"{api.replace('/', '_')}_{kind}.json"] = s

add(resource('v1', 'Namespace', name=DNS_LABEL))
add(resource('v1', 'ServiceAccount', extra={'automountServiceAccountToken': B}))
add(resource('v1', 'ConfigMap', extra={'data': map_of({'type': 'string'}), 'immutable': B}))
add(resource('v1', 'Secret', extra={'type': S, 'immutable': B,
                                     'data': map_of({'type': 'string', 'pattern': r'^[A-Za-z0-9+/]*={0,2}$'}),
                                     'stringData': map_of({'type': 'string'})}))
add(resource('v1', 'Service', name=DNS_LABEL, spec=obj({
    'type': enum('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'), 'selector': LABELS,
    'clusterIP': S, 'sessionAffinity': enum('None', 'ClientIP'),
    'ports': arr(obj({'name': PORT_NAME, 'port': PORT, 'targetPort': INT_OR_STRING,
                      'protocol': enum('TCP', 'UDP', 'SCTP'), 'appProtocol': S}, ['port']), 1)}, ['ports'])))
add(resource('apps/v1', 'Deployment', spec=obj({
    'replicas': rng(0), 'revisionHistoryLimit': rng(0), 'minReadySeconds': rng(0),
    'progressDeadlineSeconds': rng(1), 'selector': SELECTOR,
    'strategy': obj({'type': enum('RollingUpdate', 'Recreate'),
                     'rollingUpdate': obj({'maxSurge': INT_OR_STRING, 'maxUnavailable': INT_OR_STRING})}),
    'template': obj({'metadata': obj({'labels': LABELS, 'annotations': ANNOTATIONS}), 'spec': POD_SPEC},
                    ['spec'])}, ['selector', 'template'])))
add(resource('autoscaling/v2', 'HorizontalPodAutoscaler', spec=obj({
    'scaleTargetRef': obj({'apiVersion': S, 'kind': S, 'name': S}, ['kind', 'name']),
    'minReplicas': rng(1), 'maxReplicas': rng(1),
    'metrics': arr(obj({'type': enum('Resource', 'Pods', 'Object', 'External', 'ContainerResource'),
                        'resource': obj({'name': S, 'target': obj({
                            'type': enum('Utilization', 'Value', 'AverageValue'),
                            'averageUtilization': rng(1), 'averageValue': QUANTITY, 'value': QUANTITY},
                            ['type'])}, ['name', 'target'])}, ['type'])),
    'behavior': obj({d: obj({'stabilizationWindowSeconds': rng(0, 3600),
                             'selectPolicy': enum('Max', 'Min', 'Disabled'),
                             'policies': arr(obj({'type': enum('Pods', 'Percent'), 'value': rng(1),
                                                  'periodSeconds': rng(1, 1800)},
                                                 ['type', 'value', 'periodSeconds']))})
                     for d in ('scaleUp', 'scaleDown')})}, ['scaleTargetRef', 'maxReplicas'])))
add(resource('policy/v1', 'PodDisruptionBudget', spec=obj({
    'minAvailable': INT_OR_STRING, 'maxUnavailable': INT_OR_STRING, 'selector': SELECTOR,
    'unhealthyPodEvictionPolicy': enum('IfHealthyBudget', 'AlwaysAllow')})))
PEER = obj({'podSelector': SELECTOR, 'namespaceSelector': SELECTOR,
            'ipBlock': obj({'cidr': S, 'except': arr(S)}, ['cidr'])})
NP_PORTS = arr(obj({'protocol': enum('TCP', 'UDP', 'SCTP'), 'port': INT_OR_STRING, 'endPort': PORT}))
add(resource('networking.k8s.io/v1', 'NetworkPolicy', spec=obj({
    'podSelector': SELECTOR, 'policyTypes': arr(enum('Ingress', 'Egress')),
    'ingress': arr(obj({'from': arr(PEER), 'ports': NP_PORTS})),
    'egress': arr(obj({'to': arr(PEER), 'ports': NP_PORTS}))}, ['podSelector'])))
BACKEND = obj({'service': obj({'name': DNS_LABEL, 'port': obj({'name': PORT_NAME, 'number': PORT})}, ['name', 'port'])})
add(resource('networking.k8s.io/v1', 'Ingress', spec=obj({
    'ingressClassName': S, 'defaultBackend': BACKEND,
    'tls': arr(obj({'hosts': arr(S), 'secretName': DNS_SUBDOMAIN})),
    'rules': arr(obj({'host': S, 'http': obj({'paths': arr(obj({
        'path': {'type': 'string', 'pattern': '^/'}, 'pathType': enum('Exact', 'Prefix', 'ImplementationSpecific'),
        'backend': BACKEND}, ['pathType', 'backend']), 1)}, ['paths'])}))})))

# ---------------------------------------------------------------- Prometheus operator
add(resource('monitoring.coreos.com/v1', 'ServiceMonitor', spec=obj({
    'selector': SELECTOR, 'jobLabel': S,
    'namespaceSelector': obj({'any': B, 'matchNames': arr(S)}),
    'endpoints': arr(obj({'port': S, 'targetPort': INT_OR_STRING, 'path': {'type': 'string', 'pattern': '^/'},
                          'scheme': enum('http', 'https'),
                          'interval': {'type': 'string', 'pattern': r'^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'},
                          'scrapeTimeout': S, 'honorLabels': B}))}, ['selector'])))

DURATION = {'type': 'string', 'pattern': r'^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'}
RULE = obj({'alert': S, 'record': S, 'expr': INT_OR_STRING, 'for': DURATION, 'keep_firing_for': DURATION,
            'labels': map_of({'type': 'string'}), 'annotations': map_of({'type': 'string'})}, ['expr'])
RULE['oneOf'] = [{'required': ['alert']}, {'required': ['record']}]
add(resource('monitoring.coreos.com/v1', 'PrometheusRule', spec=obj({
    'groups': arr(obj({'name': S, 'interval': DURATION, 'limit': rng(0), 'partial_response_strategy': S,
                       'rules': arr(RULE)}, ['name']))})))

# ---------------------------------------------------------------- Strimzi (kafka.strimzi.io/v1beta2)
STRIMZI_CLUSTER_LABELS = {'allOf': [LABELS, {'required': ['strimzi.io/cluster']}]}
def strimzi(kind, spec, spec_required=True):
    s = resource('kafka.strimzi.io/v1beta2', kind, spec=spec, spec_required=spec_required)
    if kind != 'Kafka':
        s['properties']['metadata']['properties']['labels'] = STRIMZI_CLUSTER_LABELS
        s['properties']['metadata']['required'] = ['name', 'labels']
    return s
SCALAR = {'type': ['string', 'number', 'boolean']}
add(strimzi('Kafka', obj({
    'kafka': obj({
        'version': {'type': 'string', 'pattern': r'^[0-9]+\.[0-9]+\.[0-9]+$'}, 'metadataVersion': S,
        'listeners': arr(obj({
            'name': {'type': 'string', 'pattern': '^[a-z0-9]{1,11}$'},
            'port': {'type': 'integer', 'minimum': 9092, 'not': {'enum': [9404, 9999]}},
            'type': enum('internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'),
            'tls': B,
            'authentication': obj({'type': enum('tls', 'scram-sha-512', 'oauth', 'custom')}, ['type']),
            'networkPolicyPeers': arr(PEER),
            # open (Strimzi has many listener options), but the source ranges of a load balancer typed as CIDRs
            'configuration': {'type': 'object', 'properties': {'loadBalancerSourceRanges': arr(
                {'type': 'string', 'pattern': r'^[0-9a-fA-F.:]+/[0-9]{1,3}$'})}}},
            ['name', 'port', 'type', 'tls']), 1),
        'authorization': obj({'type': enum('simple', 'opa', 'keycloak', 'custom'), 'superUsers': arr(S)}, ['type']),
        'config': map_of(SCALAR), 'resources': RESOURCES, 'metricsConfig': {'type': 'object'},
        'rack': obj({'topologyKey': S}, ['topologyKey'])}, ['listeners']),
    'entityOperator': obj({'topicOperator': obj({'resources': RESOURCES, 'watchedNamespace': S}),
                           'userOperator': obj({'resources': RESOURCES, 'watchedNamespace': S})}),
    'kafkaExporter': {'type': 'object'}, 'cruiseControl': {'type': 'object'}}, ['kafka'])))
add(strimzi('KafkaNodePool', obj({
    'replicas': rng(0), 'roles': arr(enum('controller', 'broker'), 1),
    'storage': obj({'type': enum('jbod', 'ephemeral', 'persistent-claim'),
                    'volumes': arr(obj({'id': rng(0), 'type': enum('ephemeral', 'persistent-claim'),
                                        'size': QUANTITY, 'class': S, 'deleteClaim': B,
                                        'kraftMetadata': enum('shared')}, ['type']))}, ['type']),
    'resources': RESOURCES,
    'jvmOptions': obj({'-Xms': {'type': 'string', 'pattern': '^[0-9]+[mMgG]?$'},
                       '-Xmx': {'type': 'string', 'pattern': '^[0-9]+[mMgG]?$'},
                       'javaSystemProperties': arr(obj({'name': S, 'value': S}))})},
    ['replicas', 'storage', 'roles'])))
add(strimzi('KafkaTopic', obj({'topicName': S, 'partitions': rng(1), 'replicas': rng(1, 32767),
                               'config': map_of(SCALAR)}), spec_required=False))
ACL_OPS = enum('Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs',
               'DescribeConfigs', 'IdempotentWrite', 'All')
add(strimzi('KafkaUser', obj({
    'authentication': obj({'type': enum('tls', 'tls-external', 'scram-sha-512')}, ['type']),
    'authorization': obj({'type': enum('simple'), 'acls': arr(obj({
        'resource': obj({'type': enum('topic', 'group', 'cluster', 'transactionalId'), 'name': S,
                         'patternType': enum('literal', 'prefix')}, ['type']),
        'operations': arr(ACL_OPS, 1), 'host': S, 'type': enum('allow', 'deny')}, ['resource', 'operations']), 1)},
        ['type', 'acls']),
    'quotas': obj({'producerByteRate': rng(0), 'consumerByteRate': rng(0), 'requestPercentage': rng(0)})}),
    spec_required=False))

# ---------------------------------------------------------------- CloudNativePG (postgresql.cnpg.io/v1)
add(resource('postgresql.cnpg.io/v1', 'Cluster', spec=obj({
    'description': {'type': 'string'}, 'instances': rng(1), 'imageName': S,
    'primaryUpdateStrategy': enum('unsupervised', 'supervised'),
    'bootstrap': obj({'initdb': obj({'database': S, 'owner': S, 'secret': LOCAL_REF, 'encoding': S,
                                     'dataChecksums': B})}),
    'storage': obj({'size': QUANTITY, 'storageClass': S, 'resizeInUseVolumes': B}),
    'walStorage': obj({'size': QUANTITY, 'storageClass': S}),
    'resources': RESOURCES,
    'monitoring': obj({'enablePodMonitor': B}),
    'postgresql': obj({'parameters': map_of({'type': 'string'}),
                       'synchronous': obj({'method': enum('any', 'first'), 'number': rng(1),
                                           'dataDurability': enum('required', 'preferred'),
                                           'maxStandbyNamesFromCluster': rng(0)}, ['method', 'number'])}),
    'affinity': obj({'enablePodAntiAffinity': B, 'podAntiAffinityType': enum('preferred', 'required'),
                     'topologyKey': S, 'nodeSelector': map_of({'type': 'string'})}),
    'plugins': arr(obj({'name': S, 'enabled': B, 'isWALArchiver': B,
                        'parameters': map_of({'type': 'string'})}, ['name'])),
    'enableSuperuserAccess': B}, ['instances'])))
add(resource('postgresql.cnpg.io/v1', 'ScheduledBackup', spec=obj({
    'schedule': {'type': 'string', 'pattern': r'^(\S+\s+){5}\S+$'},
    'backupOwnerReference': enum('none', 'self', 'cluster'),
    'method': enum('barmanObjectStore', 'volumeSnapshot', 'plugin'),
    'pluginConfiguration': obj({'name': S, 'parameters': map_of({'type': 'string'})}, ['name']),
    'cluster': LOCAL_REF, 'immediate': B, 'suspend': B, 'target': enum('primary', 'prefer-standby')},
    ['schedule', 'cluster'])))
SECRET_KEY = obj({'name': DNS_SUBDOMAIN, 'key': S}, ['name', 'key'])
add(resource('barmancloud.cnpg.io/v1', 'ObjectStore', spec=obj({
    'retentionPolicy': {'type': 'string', 'pattern': '^[1-9][0-9]*[dwm]$'},
    'configuration': obj({
        'destinationPath': {'type': 'string', 'pattern': '^(s3|gs|https?)://'}, 'endpointURL': S,
        's3Credentials': obj({'accessKeyId': SECRET_KEY, 'secretAccessKey': SECRET_KEY, 'region': SECRET_KEY,
                              'sessionToken': SECRET_KEY, 'inheritFromIAMRole': B}),
        'wal': obj({'compression': enum('bzip2', 'gzip', 'lz4', 'snappy', 'xz', 'zstd'), 'maxParallel': rng(1)}),
        'data': obj({'compression': enum('bzip2', 'gzip', 'lz4', 'snappy', 'xz', 'zstd'), 'jobs': rng(1)})},
        ['destinationPath'])}, ['configuration'])))

# ---------------------------------------------------------------- Keycloak operator (k8s.keycloak.org/v2alpha1)
add(resource('k8s.keycloak.org/v2alpha1', 'Keycloak', spec=obj({
    'instances': rng(1), 'image': S, 'startOptimized': B,
    'db': obj({'vendor': enum('postgres', 'mysql', 'mariadb', 'mssql', 'oracle', 'dev-file'), 'host': S,
               'port': PORT, 'database': S, 'schema': S, 'url': S, 'poolMaxSize': rng(1),
               'usernameSecret': SECRET_KEY, 'passwordSecret': SECRET_KEY}, ['vendor']),
    'http': obj({'httpEnabled': B, 'httpPort': PORT, 'httpsPort': PORT, 'tlsSecret': S}),
    'hostname': obj({'hostname': S, 'admin': S, 'strict': B, 'backchannelDynamic': B}),
    'proxy': obj({'headers': enum('forwarded', 'xforwarded')}),
    'ingress': obj({'enabled': B, 'className': S, 'annotations': ANNOTATIONS, 'tlsSecret': S}),
    'resources': RESOURCES,
    'features': obj({'enabled': arr(S), 'disabled': arr(S)}),
    'additionalOptions': arr(obj({'name': S, 'value': S, 'secret': SECRET_KEY}, ['name']))})))
add(resource('k8s.keycloak.org/v2alpha1', 'KeycloakRealmImport', spec=obj({
    'keycloakCRName': S,
    'realm': {'type': 'object', 'required': ['realm'], 'properties': {'realm': S, 'enabled': B,
              'roles': {'type': 'object'}, 'clients': arr({'type': 'object', 'required': ['clientId']}),
              'users': arr({'type': 'object', 'required': ['username']})}},
    'placeholders': map_of(obj({'secret': SECRET_KEY}, ['secret']))}, ['keycloakCRName', 'realm'])))

os.makedirs(OUT, exist_ok=True)
for f, s in sorted(schemas.items()):
    with open(os.path.join(OUT, f), 'w') as fh:
        json.dump(s, fh, indent=1, sort_keys=False)
        fh.write('\n')
print(len(schemas), 'schemas written to', os.path.normpath(OUT))
