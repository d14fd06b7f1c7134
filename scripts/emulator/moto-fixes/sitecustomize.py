"""
Fixes for moto gaps that the certificate stacks run into, loaded into the
moto_server process that the emulator tier starts (this folder is put on
its PYTHONPATH, and Python imports `sitecustomize` at start-up).

Each fix makes moto answer as AWS does; none relaxes a check. The budget
fixes add calls moto lacks and step aside once moto has them; the trail
and log-delivery fixes replace moto functions and were written against
moto 5.2. An endpoint given in AWS_ENDPOINT_URL (LocalStack, or a moto
started elsewhere) gets none of them.
"""
import json


def _as_list(value):
    """IAM accepts a single string wherever it accepts a list of strings."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _fix_budget_subscribers():
    """
    The provider reads each notification's subscribers after every create
    and refresh; moto stores them but has no DescribeSubscribersForNotification.
    """
    from moto.budgets.models import BudgetsBackend
    from moto.budgets.responses import BudgetsResponse

    if hasattr(BudgetsResponse, "describe_subscribers_for_notification"):
        return

    def backend_describe(self, account_id, budget_name, notification):
        budget = self.budgets[account_id].get(budget_name)
        if budget is None:
            from moto.budgets.exceptions import NotFoundException

            raise NotFoundException(f"Unable to get budget: {budget_name}")
        for stored in budget.notifications:
            if stored.details == notification:
                return stored.subscribers
        return []

    def response_describe(self):
        subscribers = self.backend.describe_subscribers_for_notification(
            account_id=self._get_param("AccountId"),
            budget_name=self._get_param("BudgetName"),
            notification=self._get_param("Notification"),
        )
        return json.dumps({"Subscribers": subscribers})

    BudgetsBackend.describe_subscribers_for_notification = backend_describe
    BudgetsResponse.describe_subscribers_for_notification = response_describe


def _fix_budget_tags():
    """
    The provider sends the default tags with CreateBudget and reads them back
    with ListTagsForResource; moto keeps no tags on budgets.
    """
    from moto.budgets.responses import BudgetsResponse
    from moto.utilities.tagging_service import TaggingService

    if hasattr(BudgetsResponse, "list_tags_for_resource"):
        return
    tags = TaggingService()

    def budget_arn(response):
        account_id = response._get_param("AccountId")
        name = response._get_param("Budget", {}).get("BudgetName")
        name = name or response._get_param("BudgetName")
        return f"arn:{response.partition}:budgets::{account_id}:budget/{name}"

    create_budget = BudgetsResponse.create_budget
    delete_budget = BudgetsResponse.delete_budget

    def create_with_tags(self):
        result = create_budget(self)
        tags.tag_resource(budget_arn(self), self._get_param("ResourceTags", []))
        return result

    def delete_with_tags(self):
        result = delete_budget(self)
        tags.delete_all_tags_for_resource(budget_arn(self))
        return result

    def tag_resource(self):
        arn = self._get_param("ResourceARN")
        tags.tag_resource(arn, self._get_param("ResourceTags", []))
        return json.dumps({})

    def untag_resource(self):
        arn = self._get_param("ResourceARN")
        tags.untag_resource_using_names(arn, self._get_param("ResourceTagKeys", []))
        return json.dumps({})

    def list_tags_for_resource(self):
        arn = self._get_param("ResourceARN")
        listed = tags.list_tags_for_resource(arn)["Tags"]
        return json.dumps({"ResourceTags": listed})

    BudgetsResponse.create_budget = create_with_tags
    BudgetsResponse.delete_budget = delete_with_tags
    BudgetsResponse.tag_resource = tag_resource
    BudgetsResponse.untag_resource = untag_resource
    BudgetsResponse.list_tags_for_resource = list_tags_for_resource


def _fix_trail_arn_lookup():
    """
    The provider names a trail by its ARN when it starts, stops and deletes
    it; moto looks those three calls up by name only, so StartLogging fails
    and DeleteTrail silently keeps the trail.
    """
    from moto.cloudtrail.models import CloudTrailBackend

    def start_logging(self, name):
        self.get_trail(name).start_logging()

    def stop_logging(self, name):
        self.get_trail(name).stop_logging()

    def delete_trail(self, name):
        for key, trail in list(self.trails.items()):
            if name in (key, trail.arn):
                del self.trails[key]

    CloudTrailBackend.start_logging = start_logging
    CloudTrailBackend.stop_logging = stop_logging
    CloudTrailBackend.delete_trail = delete_trail


def _fix_log_delivery_policy_check():
    """
    PutBucketLogging checks that the target bucket's policy lets the
    logging service write. moto's check fails on a statement whose
    Principal is "*" and on a Resource or Action given as a list, both
    valid IAM; this check reads them as IAM does.
    """
    from moto.s3.models import FakeBucket
    from moto.s3.utils import LOGGING_SERVICE_PRINCIPAL

    def grants_log_delivery(target_bucket, target_prefix):
        if not target_bucket.policy:
            return False
        arn = f"arn:{target_bucket.partition}:s3:::{target_bucket.name}"
        accepted = {f"{arn}/{target_prefix or ''}*", f"{arn}/*", arn}
        document = json.loads(target_bucket.policy.decode())
        for statement in _as_list(document.get("Statement")):
            principal = statement.get("Principal")
            services = principal.get("Service") if isinstance(principal, dict) else None
            if LOGGING_SERVICE_PRINCIPAL not in _as_list(services):
                continue
            if statement.get("Effect") != "Allow":
                continue
            actions = _as_list(statement.get("Action"))
            if not {"s3:PutObject", "s3:*", "*"} & set(actions):
                continue
            if accepted & set(_as_list(statement.get("Resource"))):
                return True
        return False

    FakeBucket._log_permissions_enabled_policy = staticmethod(grants_log_delivery)


def _fix_bucket_metrics_configuration():
    """
    The S3 alarms read request metrics by the filter id of the certificate
    bucket's metrics configuration. moto has no metrics-configuration calls
    and takes them for other calls on the bucket: PUT for CreateBucket (a
    no-op), GET for ListObjects (read back as an empty configuration) and
    DELETE for DeleteBucket, which removes the bucket itself when it is
    empty. This keeps each bucket's configurations by id and answers the
    four calls as S3 does.
    """
    import xmltodict
    from moto.core.responses import ActionResult
    from moto.s3.exceptions import S3ClientError
    from moto.s3.responses import S3Response

    class NoSuchConfiguration(S3ClientError):
        code = "NoSuchConfiguration"

        def __init__(self):
            super().__init__("The specified configuration does not exist.")

    def as_filter(parsed):
        # xmltodict gives one <Tag> as a dict and several as a list; the
        # response shape calls that list Tags.
        if not parsed:
            return None
        result = {key: value for key, value in parsed.items() if not key.startswith("@")}
        both = result.get("And")
        if isinstance(both, dict):
            both = dict(both)
            if "Tag" in both:
                both["Tags"] = _as_list(both.pop("Tag"))
            result["And"] = both
        return result

    def as_configuration(config_id, stored_filter):
        config = {"Id": config_id}
        if stored_filter is not None:
            config["Filter"] = stored_filter
        return config

    def metrics_response(response, method, bucket_name, querystring):
        bucket = response.backend.get_bucket(bucket_name)
        stored = bucket.__dict__.setdefault("metrics_configurations", {})
        config_id = querystring.get("id", [None])[0]
        if method == "PUT":
            body = xmltodict.parse(response.body)["MetricsConfiguration"]
            stored[config_id] = as_filter(body.get("Filter"))
            return 200, {}, ""
        if method == "DELETE":
            if config_id not in stored:
                raise NoSuchConfiguration()
            del stored[config_id]
            return 204, {}, ""
        if config_id is None:
            listed = [as_configuration(key, value) for key, value in stored.items()]
            response.data["Action"] = "ListBucketMetricsConfigurations"
            result = {"MetricsConfigurationList": listed, "IsTruncated": False}
            return response.serialized(ActionResult(result))
        if config_id not in stored:
            raise NoSuchConfiguration()
        response.data["Action"] = "GetBucketMetricsConfiguration"
        config = as_configuration(config_id, stored[config_id])
        return response.serialized(ActionResult({"MetricsConfiguration": config}))

    get_bucket = S3Response._bucket_response_get
    put_bucket = S3Response._bucket_response_put
    delete_bucket = S3Response._bucket_response_delete

    def get_with_metrics(self, bucket_name, querystring):
        if "metrics" in querystring:
            return metrics_response(self, "GET", bucket_name, querystring)
        return get_bucket(self, bucket_name, querystring)

    def put_with_metrics(self, request, bucket_name, querystring):
        if "metrics" in querystring:
            return metrics_response(self, "PUT", bucket_name, querystring)
        return put_bucket(self, request, bucket_name, querystring)

    def delete_with_metrics(self, bucket_name, querystring):
        if "metrics" in querystring:
            return metrics_response(self, "DELETE", bucket_name, querystring)
        return delete_bucket(self, bucket_name, querystring)

    S3Response._bucket_response_get = get_with_metrics
    S3Response._bucket_response_put = put_with_metrics
    S3Response._bucket_response_delete = delete_with_metrics


def _apply_fixes():
    try:
        import moto  # noqa: F401
    except ImportError:
        # Not the moto process: this folder is only put on moto's path.
        return
    _fix_budget_subscribers()
    _fix_budget_tags()
    _fix_trail_arn_lookup()
    _fix_log_delivery_policy_check()
    _fix_bucket_metrics_configuration()


_apply_fixes()
