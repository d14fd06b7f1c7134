import { checkGrammar } from '../../../analysis/grammar/check-grammar';
import { PolicyInput, PolicyTarget } from '../../../analysis/grammar/policy-input';

const VERSION = '2012-10-17';

const reads = {
  Sid: 'AllowCertificateReads',
  Effect: 'Allow',
  Action: ['s3:GetObject'],
  Resource: ['arn:aws:s3:::deltacrown-certificates-staging/pdf/*'],
};

const denyInsecure = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: ['s3:*'],
  Resource: ['arn:aws:s3:::deltacrown-certificates-staging/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

const ec2Trust = {
  Sid: 'AllowEc2ToAssume',
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: ['sts:AssumeRole'],
};

function identity(document: unknown): PolicyInput {
  return { name: 'app-access', kind: 'identity', document };
}

function resource(document: unknown): PolicyInput {
  return { name: 'certificate-bucket', kind: 'resource', document };
}

function withStatement(statement: Record<string, unknown>) {
  return { Version: VERSION, Statement: [statement] };
}

function check(policy: PolicyInput, target?: PolicyTarget) {
  return checkGrammar(policy, { target });
}

describe('checkGrammar', () => {
  describe('given documents that follow the grammar', () => {
    it('when an identity statement is written with lists, then nothing is reported', () => {
      expect(check(identity(withStatement(reads)))).toEqual([]);
    });

    it('when the Statement and its elements are single values, then nothing is reported', () => {
      const single = { ...reads, Action: 's3:GetObject', Resource: '*' };

      expect(check(identity({ Version: VERSION, Id: 'Reads', Statement: single }))).toEqual([]);
    });

    it('when conditions use IfExists, set qualifiers and Null, then nothing is reported', () => {
      const condition = {
        StringEqualsIfExists: { 's3:x-amz-server-side-encryption': 'AES256' },
        'ForAnyValue:StringLike': { 'aws:TagKeys': ['team*', 'owner'] },
        'ForAllValues:StringEqualsIfExists': { 'aws:TagKeys': 'team' },
        Null: { 's3:x-amz-server-side-encryption': true },
        NumericLessThan: { 's3:signatureAge': 600000 },
      };

      expect(check(identity(withStatement({ ...reads, Condition: condition })))).toEqual([]);
    });

    it('when a trust policy names a principal and no resource, then nothing is reported', () => {
      expect(check(resource(withStatement(ec2Trust)), 'trust-policy')).toEqual([]);
    });
  });

  describe('given a document that is not a policy', () => {
    it('when it is a string, then grammar/document-shape names the document', () => {
      expect(check(identity('{"Version":"2012-10-17"}'))).toEqual([
        {
          rule: 'grammar/document-shape',
          document: 'app-access',
          statement: '(document)',
          path: '(document)',
          message: 'app-access: the document is not a JSON object. ' +
            'Fix: pass the parsed policy object.',
          fix: 'pass the parsed policy object',
        },
      ]);
    });

    it('when Statement is missing, then grammar/document-shape says which element', () => {
      expect(check(identity({ Version: VERSION }))).toEqual([
        {
          rule: 'grammar/document-shape',
          document: 'app-access',
          statement: '(document)',
          path: '(document)',
          message: 'app-access: the document has no Statement. ' +
            'Fix: give the document "Version": "2012-10-17" and a Statement list.',
          fix: 'give the document "Version": "2012-10-17" and a Statement list',
        },
      ]);
    });

    it('when the Version is the old one, then grammar/version asks for 2012-10-17', () => {
      expect(check(identity({ Version: '2008-10-17', Statement: [reads] }))).toEqual([
        {
          rule: 'grammar/version',
          document: 'app-access',
          statement: '(document)',
          path: 'Version',
          message: 'app-access: Version is "2008-10-17", not "2012-10-17". ' +
            'Fix: set Version to "2012-10-17".',
          fix: 'set Version to "2012-10-17"',
        },
      ]);
    });

    it('when a top-level element is misspelled, then grammar/unknown-element names it', () => {
      const document = { Version: VERSION, Statement: [reads], Statements: [] };

      expect(check(identity(document))).toEqual([
        {
          rule: 'grammar/unknown-element',
          document: 'app-access',
          statement: '(document)',
          path: 'Statements',
          message: 'app-access: Statements is not a policy element. ' +
            'Fix: remove it or correct its spelling; a policy holds Version, Id and Statement.',
          fix: 'remove it or correct its spelling; a policy holds Version, Id and Statement',
        },
      ]);
    });

    it('when the Statement list is empty, then grammar/statement-list asks for one', () => {
      expect(check(identity({ Version: VERSION, Statement: [] }))).toEqual([
        {
          rule: 'grammar/statement-list',
          document: 'app-access',
          statement: '(document)',
          path: 'Statement',
          message: 'app-access: Statement is an empty list. Fix: add at least one statement.',
          fix: 'add at least one statement',
        },
      ]);
    });

    it('when a statement is a string, then only grammar/statement-shape is reported', () => {
      expect(check(identity({ Version: VERSION, Statement: ['Allow'] }))).toEqual([
        {
          rule: 'grammar/statement-shape',
          document: 'app-access',
          statement: 'Statement[0]',
          path: 'Statement[0]',
          message: 'app-access, statement Statement[0]: Statement[0] is not a JSON object. ' +
            'Fix: write each statement as an object.',
          fix: 'write each statement as an object',
        },
      ]);
    });
  });

  describe('given a broken statement element', () => {
    it('when the Sid has a dash, then grammar/sid-format names the Sid', () => {
      expect(check(identity(withStatement({ ...reads, Sid: 'Allow-Reads' })))).toEqual([
        {
          rule: 'grammar/sid-format',
          document: 'app-access',
          statement: 'Allow-Reads',
          path: 'Statement[0].Sid',
          message: 'app-access, statement Allow-Reads: Statement[0].Sid is "Allow-Reads", ' +
            'which is not alphanumeric. ' +
            'Fix: use letters and digits only, e.g. "AllowCertificateReads".',
          fix: 'use letters and digits only, e.g. "AllowCertificateReads"',
        },
      ]);
    });

    it('when the Effect is lower case, then grammar/effect names the value', () => {
      expect(check(identity(withStatement({ ...reads, Effect: 'allow' })))).toEqual([
        {
          rule: 'grammar/effect',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0].Effect',
          message: 'app-access, statement AllowCertificateReads: Statement[0].Effect is ' +
            '"allow", neither "Allow" nor "Deny". Fix: set Effect to "Allow" or "Deny".',
          fix: 'set Effect to "Allow" or "Deny"',
        },
      ]);
    });

    it('when the Effect is missing, then grammar/effect asks for one', () => {
      const { Effect: _effect, ...withoutEffect } = reads;

      expect(check(identity(withStatement(withoutEffect)))).toEqual([
        {
          rule: 'grammar/effect',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0] has no Effect. ' +
            'Fix: add "Effect": "Allow" or "Effect": "Deny".',
          fix: 'add "Effect": "Allow" or "Effect": "Deny"',
        },
      ]);
    });

    it('when a statement element is misspelled, then it is named and the real one missed', () => {
      const { Resource, ...withoutResource } = reads;
      const statement = { ...withoutResource, Resources: Resource };

      expect(check(identity(withStatement(statement))).map(({ rule, path }) => [rule, path]))
        .toEqual([
          ['grammar/resource-required', 'Statement[0]'],
          ['grammar/unknown-element', 'Statement[0].Resources'],
        ]);
    });
  });

  describe('given the Action element', () => {
    it('when there is neither Action nor NotAction, then grammar/action-required', () => {
      const { Action: _action, ...withoutAction } = reads;

      expect(check(identity(withStatement(withoutAction)))).toEqual([
        {
          rule: 'grammar/action-required',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0] has neither ' +
            'Action nor NotAction. Fix: add Action (or NotAction).',
          fix: 'add Action (or NotAction)',
        },
      ]);
    });

    it('when there are both Action and NotAction, then grammar/action-exclusive', () => {
      const statement = { ...reads, NotAction: ['s3:PutObject'] };

      expect(check(identity(withStatement(statement)))).toEqual([
        {
          rule: 'grammar/action-exclusive',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0] has both ' +
            'Action and NotAction. Fix: keep Action or NotAction, not both.',
          fix: 'keep Action or NotAction, not both',
        },
      ]);
    });

    it('when an action lacks its service prefix, then grammar/action-format', () => {
      expect(check(identity(withStatement({ ...reads, Action: ['GetObject'] })))).toEqual([
        {
          rule: 'grammar/action-format',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0].Action[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0].Action[0] is ' +
            '"GetObject", which is not "service:Action". ' +
            'Fix: write each action as "service:Action", e.g. "s3:GetObject".',
          fix: 'write each action as "service:Action", e.g. "s3:GetObject"',
        },
      ]);
    });
  });

  describe('given the Resource element', () => {
    it('when an identity statement names no resource, then grammar/resource-required', () => {
      const { Resource: _resource, ...withoutResource } = reads;

      expect(check(identity(withStatement(withoutResource)))).toEqual([
        {
          rule: 'grammar/resource-required',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0] has neither ' +
            'Resource nor NotResource. Fix: add Resource (or NotResource).',
          fix: 'add Resource (or NotResource)',
        },
      ]);
    });

    it('when there are both Resource and NotResource, then grammar/resource-exclusive', () => {
      const statement = { ...reads, NotResource: ['*'] };

      expect(check(identity(withStatement(statement)))).toEqual([
        {
          rule: 'grammar/resource-exclusive',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0] has both ' +
            'Resource and NotResource. Fix: keep Resource or NotResource, not both.',
          fix: 'keep Resource or NotResource, not both',
        },
      ]);
    });

    it('when a trust policy names a resource, then grammar/resource-forbidden', () => {
      const statement = { ...ec2Trust, Resource: ['*'] };

      expect(check(resource(withStatement(statement)), 'trust-policy')).toEqual([
        {
          rule: 'grammar/resource-forbidden',
          document: 'certificate-bucket',
          statement: 'AllowEc2ToAssume',
          path: 'Statement[0].Resource',
          message: 'certificate-bucket, statement AllowEc2ToAssume: Statement[0].Resource ' +
            'is not allowed in a trust policy. ' +
            'Fix: remove it; a trust policy is about the role it is attached to.',
          fix: 'remove it; a trust policy is about the role it is attached to',
        },
      ]);
    });

    it('when a Terraform reference is left unresolved, then grammar/resource-format', () => {
      const statement = { ...reads, Resource: ['${aws_kms_key.certificate_key.arn}'] };

      expect(check(identity(withStatement(statement)))).toEqual([
        {
          rule: 'grammar/resource-format',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0].Resource[0]',
          message: 'app-access, statement AllowCertificateReads: Statement[0].Resource[0] is ' +
            '"${aws_kms_key.certificate_key.arn}", which is not an ARN or "*". ' +
            'Fix: write a full ARN or "*", with Terraform references resolved first.',
          fix: 'write a full ARN or "*", with Terraform references resolved first',
        },
      ]);
    });
  });

  describe('given the Principal element', () => {
    it('when an identity policy names a Principal, then grammar/principal-forbidden', () => {
      expect(check(identity(withStatement({ ...reads, Principal: '*' })))).toEqual([
        {
          rule: 'grammar/principal-forbidden',
          document: 'app-access',
          statement: 'AllowCertificateReads',
          path: 'Statement[0].Principal',
          message: 'app-access, statement AllowCertificateReads: Statement[0].Principal is ' +
            'not allowed in an identity policy. ' +
            'Fix: remove it; an identity policy applies to the user or role it is attached to.',
          fix: 'remove it; an identity policy applies to the user or role it is attached to',
        },
      ]);
    });

    it('when a bucket policy statement lacks a Principal, then grammar/principal-required', () => {
      const { Principal: _principal, ...withoutPrincipal } = denyInsecure;

      expect(check(resource(withStatement(withoutPrincipal)), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/principal-required',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0]',
          message: 'certificate-bucket, statement DenyInsecureTransport: Statement[0] has ' +
            'neither Principal nor NotPrincipal. Fix: add Principal (or NotPrincipal).',
          fix: 'add Principal (or NotPrincipal)',
        },
      ]);
    });

    it('when there are both Principal and NotPrincipal, then grammar/principal-exclusive', () => {
      const statement = { ...denyInsecure, NotPrincipal: { AWS: '123456789012' } };

      expect(check(resource(withStatement(statement)), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/principal-exclusive',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0]',
          message: 'certificate-bucket, statement DenyInsecureTransport: Statement[0] has ' +
            'both Principal and NotPrincipal. Fix: keep Principal or NotPrincipal, not both.',
          fix: 'keep Principal or NotPrincipal, not both',
        },
      ]);
    });

    it('when the Principal is a word other than "*", then grammar/principal-format', () => {
      const statement = { ...denyInsecure, Principal: 'everyone' };

      expect(check(resource(withStatement(statement)), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/principal-format',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Principal',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Principal is "everyone", not "*". Fix: write "*" or an object of ' +
            'AWS, Service, Federated or CanonicalUser principals.',
          fix: 'write "*" or an object of AWS, Service, Federated or CanonicalUser principals',
        },
      ]);
    });

    it('when an AWS principal is neither an account nor an ARN, then principal-format', () => {
      const statement = { ...denyInsecure, Principal: { AWS: 'root' } };

      expect(check(resource(withStatement(statement)), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/principal-format',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Principal.AWS',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Principal.AWS is "root", which is not an account id or an IAM ' +
            'principal ARN. Fix: name an account id, an IAM or STS ARN, or "*".',
          fix: 'name an account id, an IAM or STS ARN, or "*"',
        },
      ]);
    });

    it('when a kind of principal is misspelled, then grammar/unknown-element names it', () => {
      const statement = { ...denyInsecure, Principal: { Services: 'ec2.amazonaws.com' } };

      expect(check(resource(withStatement(statement)), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/unknown-element',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Principal.Services',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Principal.Services is not a kind of principal. ' +
            'Fix: use AWS, Service, Federated or CanonicalUser.',
          fix: 'use AWS, Service, Federated or CanonicalUser',
        },
      ]);
    });
  });

  describe('given the Condition element', () => {
    function withCondition(condition: unknown) {
      return resource(withStatement({ ...denyInsecure, Condition: condition }));
    }

    it('when the operator is misspelled, then grammar/condition-operator names it', () => {
      const condition = { StringEqualz: { 'aws:SecureTransport': 'false' } };

      expect(check(withCondition(condition), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/condition-operator',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Condition.StringEqualz',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Condition.StringEqualz is not an IAM condition operator. ' +
            'Fix: use an IAM operator such as StringEquals or Bool, optionally with IfExists ' +
            'or a ForAnyValue:/ForAllValues: qualifier.',
          fix: 'use an IAM operator such as StringEquals or Bool, optionally with IfExists ' +
            'or a ForAnyValue:/ForAllValues: qualifier',
        },
      ]);
    });

    it('when Null carries IfExists, then it is not an operator either', () => {
      const condition = { NullIfExists: { 'aws:SecureTransport': 'true' } };

      expect(check(withCondition(condition), 'bucket-policy').map(({ rule }) => rule))
        .toEqual(['grammar/condition-operator']);
    });

    it('when a key has no prefix, then grammar/condition-key names it', () => {
      const condition = { Bool: { SecureTransport: 'false' } };

      expect(check(withCondition(condition), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/condition-key',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Condition.Bool.SecureTransport',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Condition.Bool.SecureTransport is not a condition key. ' +
            'Fix: write keys as "prefix:name", e.g. "aws:SecureTransport".',
          fix: 'write keys as "prefix:name", e.g. "aws:SecureTransport"',
        },
      ]);
    });

    it('when a value is an object, then grammar/condition-value', () => {
      const condition = { Bool: { 'aws:SecureTransport': { value: false } } };

      expect(check(withCondition(condition), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/condition-value',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Condition.Bool.aws:SecureTransport',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Condition.Bool.aws:SecureTransport is not a string, number or ' +
            'boolean. Fix: give a string, number, boolean or a non-empty list of them.',
          fix: 'give a string, number, boolean or a non-empty list of them',
        },
      ]);
    });

    it('when the Condition is empty, then grammar/condition-format', () => {
      expect(check(withCondition({}), 'bucket-policy')).toEqual([
        {
          rule: 'grammar/condition-format',
          document: 'certificate-bucket',
          statement: 'DenyInsecureTransport',
          path: 'Statement[0].Condition',
          message: 'certificate-bucket, statement DenyInsecureTransport: ' +
            'Statement[0].Condition is empty. ' +
            'Fix: add a condition or remove the Condition element.',
          fix: 'add a condition or remove the Condition element',
        },
      ]);
    });
  });

  describe('given no target', () => {
    it('when a resource policy only assumes roles, then it is read as a trust policy', () => {
      expect(check(resource(withStatement(ec2Trust)))).toEqual([]);
    });

    it('when the same document is declared a bucket policy, then Resource is required', () => {
      expect(check(resource(withStatement(ec2Trust)), 'bucket-policy').map(({ rule }) => rule))
        .toEqual(['grammar/resource-required']);
    });

    it('when the kind contradicts the target, then the call fails and says why', () => {
      expect(() => check(identity(withStatement(reads)), 'bucket-policy')).toThrow(
        'app-access: a bucket-policy is a resource policy but the document is declared as ' +
          'kind "identity"; pass the target it is attached to',
      );
    });
  });
});
