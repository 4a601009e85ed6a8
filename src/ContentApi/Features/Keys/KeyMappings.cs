using ContentApi.Domain.Keys;
using Mapster;

namespace ContentApi.Features.Keys;

public sealed class KeyMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ApiKey, ApiKeyResponse>()
            .Map(response => response.Prefix, key => key.LookupPrefix);
}
