/** The EC2 emulator's wire helpers, pure. */
import { expect, test } from '@jest/globals';
import { errorXml, objects, parseQuery, responseXml, str, strings } from '../../emulators/ec2/query.js';

test('form parameters become a tree with numbered lists', () => {
  const p = parseQuery(
    'Action=CopyImage&Version=2016-11-15&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.2.Key=b&TagSpecification.1.Tag.1.Key=a&TagSpecification.1.Tag.1.Value=x%26y&ImageId.10=ami-j&ImageId.2=ami-b',
  );
  expect(str(p, 'Action')).toBe('CopyImage');
  const spec = objects(p, 'TagSpecification')[0];
  expect(str(spec, 'ResourceType')).toBe('image');
  expect(objects(spec, 'Tag').map((t) => [str(t, 'Key'), str(t, 'Value')])).toEqual([
    ['a', 'x&y'],
    ['b', undefined],
  ]);
  expect(strings(p, 'ImageId')).toEqual(['ami-b', 'ami-j']);
});

test('responses carry the EC2 namespace, a request id, and lists as items', () => {
  const xml = responseXml('DescribeImages', 'req-1', { imagesSet: [{ imageId: 'ami-1', tagSet: [{ key: 'a<b', value: 'c' }], isPublic: false }] });
  expect(xml).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><imagesSet><item><imageId>ami-1</imageId><tagSet><item><key>a&lt;b</key><value>c</value></item></tagSet><isPublic>false</isPublic></item></imagesSet></DescribeImagesResponse>',
  );
});

test('errors use the EC2 error document', () => {
  expect(errorXml('InvalidAMIID.NotFound', "The image id '[ami-1]' does not exist", 'r')).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidAMIID.NotFound</Code><Message>The image id &apos;[ami-1]&apos; does not exist</Message></Error></Errors><RequestID>r</RequestID></Response>',
  );
});
