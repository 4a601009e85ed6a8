namespace ContentApi.Domain.Keys;

/// <summary>Roles in increasing power: each may do everything the one before it may.</summary>
public enum ApiKeyRole
{
    Reader = 1,
    Editor = 2,
    Admin = 3,
}
