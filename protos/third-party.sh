#!/usr/bin/env bash
# Writes into a folder the Google proto files that protos/ imports (google/api/annotations.proto and
# http.proto, for the REST bindings) and those a client needs to read an error's details
# (google/rpc/status.proto, error_details.proto, code.proto). They come from Google.Api.CommonProtos,
# at the version Directory.Packages.props pins for the services themselves: from the NuGet packages
# folder when a `dotnet restore` put it there, else downloaded from nuget.org. Not kept in this
# repository: they are Google's (Apache-2.0).
#
#   protos/third-party.sh <folder>        e.g. protos/third-party.sh /tmp/google-protos
#   protoc -Iprotos -I<folder> --python_out=out --grpc_python_out=out \
#          --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin $(cd protos && find employment -name '*.proto')
set -euo pipefail

out=${1:?usage: protos/third-party.sh <folder>}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=$(sed -n 's/.*PackageVersion Include="Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
files=(google/api/annotations.proto google/api/http.proto google/rpc/status.proto google/rpc/error_details.proto google/rpc/code.proto)

packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
source_dir="$packages/google.api.commonprotos/$version/content/protos"
if [[ ! -d "$source_dir" ]]; then
    download=$(mktemp -d)
    trap 'rm -rf "$download"' EXIT
    curl -fsSL -o "$download/package.zip" \
        "https://api.nuget.org/v3-flatcontainer/google.api.commonprotos/$version/google.api.commonprotos.$version.nupkg"
    unzip -q "$download/package.zip" 'content/protos/google/*' -d "$download"
    source_dir="$download/content/protos"
fi

for file in "${files[@]}"; do
    mkdir -p "$out/$(dirname "$file")"
    cp "$source_dir/$file" "$out/$file"
done
echo "Google.Api.CommonProtos $version: ${files[*]} in $out"
