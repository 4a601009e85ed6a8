using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentApi.Data;

/// <summary>Stores an enum as its lower-case name ("brief", "published").</summary>
public sealed class LowerCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum;
