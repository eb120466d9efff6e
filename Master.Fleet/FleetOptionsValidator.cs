using Microsoft.Extensions.Options;

namespace Master.Fleet;

[OptionsValidator]
internal sealed partial class FleetOptionsValidator : IValidateOptions<FleetOptions>;
