using Microsoft.Extensions.Options;

namespace Master.DataHub.Redis;

[OptionsValidator]
internal sealed partial class RedisDataHubOptionsValidator : IValidateOptions<RedisDataHubOptions>;
