using Master.Architecture.Tests.Support;
using Microsoft.Extensions.Options;

namespace Master.Architecture.Tests.Conventions;

public sealed class OptionsConventionTests
{
    [Test]
    public void Every_options_class_has_a_validator_in_its_own_assembly()
    {
        var violations = MasterAssemblies.All.SelectMany(a => OptionsConvention.OptionsWithoutValidator(a.GetTypes()));

        violations.Should().BeEmpty();
    }

    [Test]
    public void The_scan_finds_the_options_classes_there_are()
    {
        var options = MasterAssemblies.All.SelectMany(a => a.GetTypes()).Where(OptionsConvention.IsOptions);

        options.Should().NotBeEmpty();
    }

    [Test]
    public void Options_without_a_validator_are_reported_and_validated_ones_are_not()
    {
        var types = new[] { typeof(ValidatedOptions), typeof(ValidatedOptionsValidator), typeof(OrphanOptions) };

        var violations = OptionsConvention.OptionsWithoutValidator(types);

        violations.Should().ContainSingle().Which.Should().Contain(typeof(OrphanOptions).FullName);
    }

    [Test]
    public void A_validator_of_other_options_does_not_count()
    {
        var types = new[] { typeof(OrphanOptions), typeof(ValidatedOptionsValidator) };

        OptionsConvention.OptionsWithoutValidator(types).Should().ContainSingle().Which.Should().Contain(nameof(OrphanOptions));
    }

    private sealed class ValidatedOptions;

    private sealed class OrphanOptions;

    private sealed class ValidatedOptionsValidator : IValidateOptions<ValidatedOptions>
    {
        public ValidateOptionsResult Validate(string? name, ValidatedOptions options) => ValidateOptionsResult.Success;
    }
}
