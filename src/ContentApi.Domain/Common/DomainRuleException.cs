namespace ContentApi.Domain.Common;

/// <summary>A domain rule was broken. <see cref="Field"/> names the input it concerns, in the API's camelCase terms.</summary>
public sealed class DomainRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
