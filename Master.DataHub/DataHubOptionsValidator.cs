using Microsoft.Extensions.Options;

namespace Master.DataHub;

[OptionsValidator]
internal sealed partial class DataHubOptionsValidator : IValidateOptions<DataHubOptions>;
